package de.serviceportal.caching;

import java.util.HashSet;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * What the response being produced on this thread read from the content repository, so that the page cache can
 * evict exactly the responses a publication affects. The renderers and the delivery API report here; outside a
 * cached request every call is a no-op.
 *
 * <p>Dependencies are repository paths with a kind: {@code R:} an item (page, asset, folder) with its components,
 * {@code L:} the list of children of a node (navigation, {@code @nodes}), {@code S:} everything below a path
 * (queries, search), {@code I:} a node found by identifier (links, references).
 */
public final class ContentReads {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    /** The dependencies of one response. */
    static final class Recording {
        final Set<String> dependencies = new HashSet<>();
        boolean uncacheable;
    }

    private ContentReads() {
    }

    static Recording start() {
        Recording recording = new Recording();
        CURRENT.set(recording);
        return recording;
    }

    static void stop() {
        CURRENT.remove();
    }

    /** The response shows this node: it depends on the item that holds it. */
    public static void node(Node node) {
        Recording recording = CURRENT.get();
        if (recording != null && node != null) {
            try {
                recording.dependencies.add("I:" + node.getIdentifier());
                recording.dependencies.add("R:" + itemPath(node));
            } catch (RepositoryException e) {
                recording.uncacheable = true;
            }
        }
    }

    /** The response lists the children of this node. */
    public static void listing(Node node) {
        Recording recording = CURRENT.get();
        if (recording != null && node != null) {
            try {
                recording.dependencies.add("L:" + node.getPath());
            } catch (RepositoryException e) {
                recording.uncacheable = true;
            }
        }
    }

    /** The response looked for whatever is at this repository path, there or not. */
    public static void path(String repositoryPath) {
        add("R:" + repositoryPath);
    }

    /** The response looked up a node by identifier, found or not. */
    public static void identifier(String identifier) {
        add("I:" + identifier);
    }

    /** The response depends on everything below this repository path (a query, a search, a subtree). */
    public static void subtree(String repositoryPath) {
        add("S:" + repositoryPath);
    }

    /** The response shows something that is not content (a plugin's data): it must not be cached. */
    public static void uncacheable() {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.uncacheable = true;
        }
    }

    private static void add(String dependency) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.dependencies.add(dependency);
        }
    }

    /** The nearest content item at or above the node: what a publication replaces as a whole. */
    private static String itemPath(Node node) throws RepositoryException {
        for (Node current = node; current.getDepth() > 1; current = current.getParent()) {
            if (current.isNodeType("mgnl:content")) {
                return current.getPath();
            }
        }
        return node.getPath();
    }
}
