package de.serviceportal.authoring;

import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.Stamps;

/** Moving a node to another parent (its identifier stays) and ordering it among its siblings, in the draft. */
@Component
class ContentCommands {

    private final NodeEditor editor;

    ContentCommands(NodeEditor editor) {
        this.editor = editor;
    }

    /** Moves the node below {@code destination} (the new parent), keeping its name. */
    NodeEditor.Change move(ContentAddress address, ContentAddress destination, String actor) {
        if (address.isRoot()) {
            throw AuthoringException.badRequest("Ein Arbeitsbereich kann nicht verschoben werden.");
        }
        return editor.edit(address, null, actor, "MOVE", (session, node) -> {
            Node target = NodeEditor.existing(session, destination);
            String source = node.getPath();
            if (target.getPath().equals(source) || target.getPath().startsWith(source + "/")) {
                throw AuthoringException.badRequest("Ein Knoten kann nicht unter sich selbst verschoben werden.");
            }
            if (target.hasNode(node.getName())) {
                throw AuthoringException.conflict("Unter „" + destination.path() + "“ gibt es schon einen Knoten „"
                        + node.getName() + "“.");
            }
            Stamps stamps = new Stamps(actor);
            Node oldParent = node.getParent();
            String path = (target.getDepth() == 0 ? "" : target.getPath()) + "/" + node.getName();
            session.move(source, path);
            Node moved = session.getNode(path);
            stamps.modified(moved);
            if (oldParent.getDepth() > 1) {
                stamps.modified(oldParent);
            }
            ContentAddress now = destination.child(moved.getName());
            return new NodeEditor.Change(now.path(), moved.getIdentifier(), NodeState.etag(moved),
                    Set.of("von " + address.path() + " nach " + now.path()));
        });
    }

    /**
     * Renames the node in place: same parent, same position among its siblings, same identifier, so references
     * by identifier keep working; only its path (for a page: its URL) changes.
     */
    NodeEditor.Change rename(ContentAddress address, String name, String actor) {
        if (address.isRoot()) {
            throw AuthoringException.badRequest("Ein Arbeitsbereich kann nicht umbenannt werden.");
        }
        ContentAddress.checkName(name);
        return editor.edit(address, null, actor, "RENAME", (session, node) -> {
            String old = node.getName();
            if (old.equals(name)) {
                throw AuthoringException.badRequest("„" + address.path() + "“ heißt bereits so.");
            }
            Node parent = node.getParent();
            if (parent.hasNode(name)) {
                throw AuthoringException.conflict("Daneben gibt es schon einen Knoten „" + name + "“.");
            }
            String next = nextSibling(parent, old);
            String path = (parent.getDepth() == 0 ? "" : parent.getPath()) + "/" + name;
            session.move(node.getPath(), path);
            // a move appends the node to its parent's children: put it back where it was
            if (next != null) {
                parent.orderBefore(name, next);
            }
            Node renamed = session.getNode(path);
            new Stamps(actor).modified(renamed);
            String parentPath = address.path().substring(0, address.path().lastIndexOf('/'));
            ContentAddress now = new ContentAddress(address.workspace(), parentPath + "/" + name);
            return new NodeEditor.Change(now.path(), renamed.getIdentifier(), NodeState.etag(renamed),
                    Set.of("von " + old + " nach " + name));
        });
    }

    /** Puts the node before or after a sibling (exactly one of them given, by name). */
    NodeEditor.Change order(ContentAddress address, String before, String after, String actor) {
        if ((before == null) == (after == null)) {
            throw AuthoringException.badRequest("Bitte genau eines von „before“ oder „after“ angeben.");
        }
        if (address.isRoot()) {
            throw AuthoringException.badRequest("Ein Arbeitsbereich kann nicht sortiert werden.");
        }
        return editor.edit(address, null, actor, "ORDER", (session, node) -> {
            Node parent = node.getParent();
            String sibling = ContentAddress.checkName(before != null ? before : after);
            if (!parent.hasNode(sibling) || sibling.equals(node.getName())) {
                throw AuthoringException.badRequest("„" + sibling + "“ ist kein anderer Knoten neben „"
                        + node.getName() + "“.");
            }
            String destination = before != null ? before : nextSibling(parent, sibling);
            if (!node.getName().equals(destination)) {
                parent.orderBefore(node.getName(), destination);
            }
            Stamps stamps = new Stamps(actor);
            stamps.modified(node);
            return new NodeEditor.Change(address.path(), node.getIdentifier(), NodeState.etag(node),
                    Set.of(before != null ? "vor " + before : "nach " + after));
        });
    }

    /** The name of the child after {@code name}, or null if it is the last. */
    private static String nextSibling(Node parent, String name) throws RepositoryException {
        for (NodeIterator children = parent.getNodes(); children.hasNext();) {
            if (children.nextNode().getName().equals(name)) {
                return children.hasNext() ? children.nextNode().getName() : null;
            }
        }
        return null;
    }
}
