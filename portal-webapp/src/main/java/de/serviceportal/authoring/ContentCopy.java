package de.serviceportal.authoring;

import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.nodetype.NodeType;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.Stamps;

/**
 * Copies a node with its whole subtree in the draft. Every copied node gets a new identifier (the repository
 * creates it), so the copy is a new, unpublished item: publication bookkeeping is not copied along.
 */
@Component
class ContentCopy {

    /** What publishing wrote on the original; a copy has never been published. */
    private static final Set<String> PUBLICATION = Set.of("mgnl:lastActivated", "mgnl:lastActivatedBy",
            "mgnl:activationStatus", "mgnl:lastActivatedVersion", "mgnl:lastActivatedVersionCreated");

    private final NodeEditor editor;

    ContentCopy(NodeEditor editor) {
        this.editor = editor;
    }

    /** Copies the node at {@code address} below {@code destination} as {@code name}; {@code title} may be null. */
    NodeEditor.Change copy(ContentAddress address, ContentAddress destination, String name, String title,
            String actor) {
        if (address.isRoot()) {
            throw AuthoringException.badRequest("Ein Arbeitsbereich kann nicht kopiert werden.");
        }
        ContentAddress.checkName(name);
        return editor.edit(address, null, actor, "COPY", (session, node) -> {
            Node target = NodeEditor.existing(session, destination);
            String source = node.getPath();
            if (target.getPath().equals(source) || target.getPath().startsWith(source + "/")) {
                throw AuthoringException.badRequest("Ein Knoten kann nicht in sich selbst kopiert werden.");
            }
            if (target.hasNode(name)) {
                throw AuthoringException.conflict("Unter „" + destination.path() + "“ gibt es schon einen Knoten „"
                        + name + "“.");
            }
            Node copy = copy(node, target, name, new Stamps(actor));
            if (title != null) {
                copy.setProperty("title", title);
            }
            return new NodeEditor.Change(destination.child(name).path(), copy.getIdentifier(), NodeState.etag(copy),
                    Set.of("Kopie von " + address.path()));
        });
    }

    private static Node copy(Node source, Node parent, String name, Stamps stamps) throws RepositoryException {
        Node copy = parent.addNode(name, source.getPrimaryNodeType().getName());
        for (NodeType mixin : source.getMixinNodeTypes()) {
            copy.addMixin(mixin.getName());
        }
        for (PropertyIterator properties = source.getProperties(); properties.hasNext();) {
            Property property = properties.nextProperty();
            // protected ones (jcr:uuid, jcr:created …) are the repository's to write
            if (property.getDefinition().isProtected() || PUBLICATION.contains(property.getName())) {
                continue;
            }
            if (property.isMultiple()) {
                copy.setProperty(property.getName(), property.getValues(), property.getType());
            } else {
                copy.setProperty(property.getName(), property.getValue());
            }
        }
        for (NodeIterator children = source.getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            copy(child, copy, child.getName(), stamps);
        }
        stamps.created(copy);
        stamps.modified(copy);
        return copy;
    }
}
