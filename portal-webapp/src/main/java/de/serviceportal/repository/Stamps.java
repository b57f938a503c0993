package de.serviceportal.repository;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Magnolia's bookkeeping on every change: {@code mgnl:created(By)} on new nodes, {@code mgnl:lastModified(By)} on the
 * node and on its page. The one place that writes these stamps, so the page tree and the search index agree.
 */
public final class Stamps {

    private final String actor;
    private final Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));

    public Stamps(String actor) {
        this.actor = actor;
    }

    public void created(Node node) throws RepositoryException {
        if (node.isNodeType("mgnl:created")) {
            node.setProperty("mgnl:created", now);
            node.setProperty("mgnl:createdBy", actor);
        }
    }

    /** The node and the page it belongs to (itself if it is a page). */
    public void modified(Node node) throws RepositoryException {
        stamp(node);
        Node page = page(node);
        if (page != null && !page.isSame(node)) {
            stamp(page);
        }
    }

    /** The nearest {@code mgnl:page} at or above {@code node}, or null. */
    public static Node page(Node node) throws RepositoryException {
        for (Node current = node; current.getDepth() > 1; current = current.getParent()) {
            if (current.isNodeType("mgnl:page")) {
                return current;
            }
        }
        return null;
    }

    /** The nearest content item (page, folder, asset) at or above {@code node}, or null. */
    public static Node item(Node node) throws RepositoryException {
        for (Node current = node; current.getDepth() > 1; current = current.getParent()) {
            if (current.isNodeType("mgnl:content")) {
                return current;
            }
        }
        return null;
    }

    private void stamp(Node node) throws RepositoryException {
        if (node.isNodeType("mgnl:lastModified")) {
            node.setProperty("mgnl:lastModified", now);
            node.setProperty("mgnl:lastModifiedBy", actor);
        }
    }
}
