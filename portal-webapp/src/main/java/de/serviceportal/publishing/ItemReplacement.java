package de.serviceportal.publishing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.xml.sax.ContentHandler;

import de.serviceportal.repository.IdentifierLookup;

/**
 * Replaces one content item in a session with a new state of it (from the draft when publishing, from a version
 * when restoring) while its child items stay: publishing a page does not publish or drop its subpages. The item
 * keeps its identifier and its position; everything happens in the session, so one save commits all of it.
 */
final class ItemReplacement {

    @FunctionalInterface
    interface Source {
        void emit(ContentHandler handler) throws RepositoryException;
    }

    private ItemReplacement() {
    }

    /**
     * Puts the item {@code identifier} under {@code parentPath} as {@code name}, its content from {@code source}.
     * Returns the path the item had before, or null if the session did not have it.
     */
    static String replace(Session session, IdentifierLookup lookup, String parentPath, String name, String identifier,
            boolean keepChildItems, Source source) throws RepositoryException {
        String path = (parentPath.equals("/") ? "" : parentPath) + "/" + name;
        if (!session.nodeExists(parentPath)) {
            throw new PublishingException(PublishingException.Kind.CONFLICT,
                    "Der übergeordnete Inhalt " + parentPath + " fehlt hier; bitte zuerst ihn veröffentlichen.");
        }
        Node existing = lookup.find(session, identifier);
        if (session.nodeExists(path) && (existing == null || !existing.getPath().equals(path))) {
            throw new PublishingException(PublishingException.Kind.CONFLICT,
                    "Unter " + path + " liegt bereits ein anderer Inhalt; bitte ihn zuerst zurückziehen.");
        }
        String oldPath = null;
        String nextSibling = null;
        Node holding = null;
        List<String> held = new ArrayList<>();
        if (existing != null) {
            oldPath = existing.getPath();
            if (existing.getParent().getPath().equals(parentPath)) {
                nextSibling = nextSibling(existing);
            }
            if (keepChildItems) {
                for (NodeIterator children = existing.getNodes(); children.hasNext();) {
                    Node child = children.nextNode();
                    if (ItemCopy.isItem(child)) {
                        if (holding == null) {
                            holding = session.getRootNode().addNode("portal-holding-" + UUID.randomUUID(),
                                    "nt:unstructured");
                        }
                        held.add(child.getName());
                    }
                }
                for (String child : held) {
                    session.move(oldPath + "/" + child, holding.getPath() + "/" + child);
                }
            }
            existing.remove();
        }
        source.emit(session.getImportContentHandler(parentPath,
                ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING));
        Node replaced = session.getNode(path);
        if (holding != null) {
            for (String child : held) {
                session.move(holding.getPath() + "/" + child, path + "/" + child);
            }
            holding.remove();
        }
        if (nextSibling != null && replaced.getParent().getPrimaryNodeType().hasOrderableChildNodes()) {
            replaced.getParent().orderBefore(name, nextSibling);
        }
        return oldPath;
    }

    /**
     * Orders the children of {@code target} as {@code template} orders the children of the same names. Each
     * {@code orderBefore} costs as much as the parent has children, so nothing is moved when the order already
     * agrees — the usual case, and publishing one page of a thousand siblings stays cheap.
     */
    static void orderLike(Node template, Node target) throws RepositoryException {
        if (!target.getPrimaryNodeType().hasOrderableChildNodes()) {
            return;
        }
        List<String> wanted = new ArrayList<>();
        for (NodeIterator children = template.getNodes(); children.hasNext();) {
            wanted.add(children.nextNode().getName());
        }
        Set<String> shared = new HashSet<>();
        List<String> actual = new ArrayList<>();
        for (NodeIterator children = target.getNodes(); children.hasNext();) {
            actual.add(children.nextNode().getName());
        }
        shared.addAll(actual);
        shared.retainAll(wanted);
        wanted.retainAll(shared);
        actual.retainAll(shared);
        if (wanted.equals(actual)) {
            return;
        }
        for (String name : wanted) {
            target.orderBefore(name, null);
        }
    }

    private static String nextSibling(Node node) throws RepositoryException {
        boolean found = false;
        for (NodeIterator siblings = node.getParent().getNodes(); siblings.hasNext();) {
            Node sibling = siblings.nextNode();
            if (found) {
                return sibling.getName();
            }
            found = sibling.isSame(node);
        }
        return null;
    }
}
