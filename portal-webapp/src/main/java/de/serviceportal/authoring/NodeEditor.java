package de.serviceportal.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import de.serviceportal.publishing.ContentAudit;
import de.serviceportal.publishing.Publisher;
import de.serviceportal.publishing.Versions;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.Stamps;
import de.serviceportal.repository.Workspaces;

/**
 * Creates, updates and deletes draft nodes for the Nodes API. Each request is one save: it is checked (If-Match,
 * shape, dialog) and applied in one session, and nothing is written if anything is wrong. Writes run one at a time
 * in this portal node, so the If-Match check and the write see the same state.
 */
@Component
class NodeEditor {

    /** What clients may create; users, groups, roles and repository-internal types are not content. */
    static final Set<String> NODE_TYPES = Set.of("mgnl:page", "mgnl:area", "mgnl:component", "mgnl:folder",
            "mgnl:content", "mgnl:contentNode");
    static final String DEFAULT_TYPE = "mgnl:contentNode";

    /** A finished change; {@code changed} names the properties and child nodes that were written. */
    record Change(String path, String identifier, String etag, Set<String> changed) {
    }

    private final ContentRepository draft;
    private final Dialogs dialogs;
    private final Versions versions;
    private final Publisher publisher;
    private final ContentAudit audit;
    private final ReentrantLock lock = new ReentrantLock();

    NodeEditor(ContentStages stages, Dialogs dialogs, Versions versions, Publisher publisher, ContentAudit audit) {
        this.draft = stages.draft();
        this.dialogs = dialogs;
        this.versions = versions;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** Work on an existing node, in one session that is saved only if the work returns normally. */
    @FunctionalInterface
    interface Edit {
        Change run(Session session, Node node) throws RepositoryException;
    }

    /** Runs {@code edit} on the node at {@code address} after checking {@code ifMatch}; audits the change. */
    Change edit(ContentAddress address, String ifMatch, String actor, String action, Edit edit) {
        Change change;
        lock.lock();
        try {
            change = draft.write(session -> {
                Node node = existing(session, address);
                if (!NodeState.matches(ifMatch, NodeState.etag(node))) {
                    throw new AuthoringException(HttpStatus.PRECONDITION_FAILED, "preconditionFailed",
                            "Der Inhalt wurde inzwischen geändert. Bitte laden Sie ihn neu.");
                }
                return edit.run(session, node);
            });
        } finally {
            lock.unlock();
        }
        audit.record(actor, action, address.workspace(), change.path(), change.identifier(),
                String.join(", ", change.changed()));
        return change;
    }

    Change create(ContentAddress parentAddress, NodeInput input, String ifMatch, String actor) {
        ContentAddress address = parentAddress.child(input.name());
        return edit(parentAddress, ifMatch, actor, "CREATE", (session, parent) -> {
            if (parent.hasNode(input.name())) {
                throw AuthoringException.conflict("Unter „" + parentAddress.path() + "“ gibt es schon einen Knoten „"
                        + input.name() + "“.");
            }
            Stamps stamps = new Stamps(actor);
            Set<String> changed = new LinkedHashSet<>();
            List<FieldError> errors = new ArrayList<>();
            Node node = add(parent, input, stamps);
            fill(node, input, "", new PropertyValues(session.getValueFactory(), errors), changed, stamps, null);
            finish(errors);
            stamps.modified(node);
            return new Change(address.path(), node.getIdentifier(), NodeState.etag(node), changed);
        });
    }

    Change update(ContentAddress address, NodeInput input, String ifMatch, String actor) {
        return update(address, input, List.of(), ifMatch, actor);
    }

    /** As {@link #update(ContentAddress, NodeInput, String, String)}; {@code known} are errors a screen found. */
    Change update(ContentAddress address, NodeInput input, List<FieldError> known, String ifMatch, String actor) {
        if (address.isRoot()) {
            throw AuthoringException.badRequest("Der Arbeitsbereich selbst hat keine Eigenschaften.");
        }
        return edit(address, ifMatch, actor, "UPDATE", (session, node) -> {
            Stamps stamps = new Stamps(actor);
            Set<String> changed = new LinkedHashSet<>();
            List<FieldError> errors = new ArrayList<>(known);
            fill(node, input, "", new PropertyValues(session.getValueFactory(), errors), changed, stamps, null);
            finish(errors);
            if (!changed.isEmpty()) {
                stamps.modified(node);
            }
            return new Change(address.path(), node.getIdentifier(), NodeState.etag(node), changed);
        });
    }

    /**
     * Deletes the node. A content item is kept as a version first (each item of its subtree), a component or area
     * as a version of its page; an item that is (or has items that are) still live must be unpublished first.
     */
    Change delete(ContentAddress address, String ifMatch, String actor) {
        if (address.isRoot()) {
            throw AuthoringException.badRequest("Ein Arbeitsbereich kann nicht gelöscht werden.");
        }
        return edit(address, ifMatch, actor, "DELETE", (session, node) -> {
            List<Node> items = new ArrayList<>();
            collectItems(node, items);
            for (Node item : items) {
                if (publisher.isLive(item.getIdentifier())) {
                    throw AuthoringException.conflict("„" + address.path() + "“ ist noch veröffentlicht"
                            + (item.isSame(node) ? "" : " (Unterseite „" + item.getName() + "“)")
                            + ". Bitte nehmen Sie die Veröffentlichung zuerst zurück.");
                }
            }
            if (items.isEmpty()) {
                Node owner = Stamps.item(node);
                if (owner != null) {
                    versions.add(owner, Versions.Reason.DELETE, actor, "vor dem Löschen von „"
                            + node.getPath().substring(owner.getPath().length() + 1) + "“");
                }
            }
            for (Node item : items) {
                versions.add(item, Versions.Reason.DELETE, actor, null);
            }
            String identifier = node.getIdentifier();
            String name = node.getName();
            Node parent = node.getParent();
            node.remove();
            if (parent.getDepth() > 1) {
                new Stamps(actor).modified(parent);
            }
            return new Change(address.path(), identifier, null, Set.of(name));
        });
    }

    /**
     * Creates a component of {@code template} in the area {@code area} (the area node is created if missing), before
     * the sibling {@code before} if given, else at the end. Refused unless the owner's template defines the area,
     * offers the template there and the area is not full; {@code known} are errors a screen found.
     */
    Change createComponent(ContentAddress area, String template, String before, NodeInput input,
            List<FieldError> known, String actor) {
        if (area.isRoot() || area.path().lastIndexOf('/') == 0) {
            throw AuthoringException.badRequest("„" + area.path() + "“ ist kein Bereich einer Seite.");
        }
        String areaName = area.path().substring(area.path().lastIndexOf('/') + 1);
        ContentAddress ownerAddress = new ContentAddress(area.workspace(),
                area.path().substring(0, area.path().lastIndexOf('/')));
        return edit(ownerAddress, null, actor, "CREATE", (session, owner) -> {
            Map<String, Object> definition = areaDefinition(owner, areaName);
            Node areaNode = owner.hasNode(areaName) ? owner.getNode(areaName) : null;
            AreaRules.check(definition, areaName, template, areaNode, dialogs);
            Stamps stamps = new Stamps(actor);
            if (areaNode == null) {
                areaNode = owner.addNode(areaName, "mgnl:area");
                stamps.created(areaNode);
            }
            Node component = areaNode.addNode(AreaRules.freeName(areaNode), "mgnl:component");
            stamps.created(component);
            component.setProperty(PropertyValues.TEMPLATE, template);
            if (before != null && !before.isBlank() && areaNode.hasNode(before)) {
                areaNode.orderBefore(component.getName(), before);
            }
            Set<String> changed = new LinkedHashSet<>();
            List<FieldError> errors = new ArrayList<>(known);
            fill(component, input, "", new PropertyValues(session.getValueFactory(), errors), changed, stamps, null);
            finish(errors);
            stamps.modified(component);
            return new Change(Workspaces.toWorkspacePath(component.getPath()), component.getIdentifier(),
                    NodeState.etag(component), changed);
        });
    }

    private Map<String, Object> areaDefinition(Node owner, String areaName) throws RepositoryException {
        String ownerTemplate = owner.hasProperty(PropertyValues.TEMPLATE)
                ? owner.getProperty(PropertyValues.TEMPLATE).getString() : null;
        String ownerPath = Workspaces.toWorkspacePath(owner.getPath());
        return dialogs.area(ownerTemplate, areaName).orElseThrow(() -> AuthoringException.badRequest(
                "Die Vorlage von „" + ownerPath + "“ hat keinen Bereich „" + areaName + "“."));
    }

    /** The node's current ETag in the draft. */
    String state(ContentAddress address) {
        return draft.read(session -> NodeState.etag(existing(session, address)));
    }

    static Node existing(Session session, ContentAddress address) throws RepositoryException {
        if (!session.nodeExists(address.repositoryPath())) {
            throw AuthoringException.notFound(address.path());
        }
        return session.getNode(address.repositoryPath());
    }

    private Node add(Node parent, NodeInput input, Stamps stamps) throws RepositoryException {
        String type = input.type() == null ? DEFAULT_TYPE : input.type();
        if (!NODE_TYPES.contains(type)) {
            throw AuthoringException.badRequest("Knoten vom Typ „" + type + "“ können hier nicht angelegt werden; "
                    + "erlaubt: " + String.join(", ", new java.util.TreeSet<>(NODE_TYPES)) + ".");
        }
        Node node = parent.addNode(input.name(), type);
        stamps.created(node);
        return node;
    }

    /**
     * Sets the template first (it decides the dialog), then the properties, then the child nodes. A node without
     * a template is checked against {@code given}, the part of its parent's dialog that describes it.
     */
    private void fill(Node node, NodeInput input, String prefix, PropertyValues values, Set<String> changed,
            Stamps stamps, DialogForm given) throws RepositoryException {
        for (NodeInput.PropertyInput property : input.properties()) {
            if (PropertyValues.TEMPLATE.equals(property.name()) && property.values().size() > 1) {
                values.checkFailed(prefix + property.name(), "Ein Knoten hat genau eine Vorlage.");
            } else if (PropertyValues.TEMPLATE.equals(property.name()) && property.values().size() == 1) {
                String template = property.values().get(0);
                if (!dialogs.templateExists(template)) {
                    values.checkFailed(prefix + property.name(), "Die Vorlage „" + template + "“ gibt es nicht.");
                } else {
                    node.setProperty(PropertyValues.TEMPLATE, template);
                }
            }
        }
        String template = node.hasProperty(PropertyValues.TEMPLATE)
                ? node.getProperty(PropertyValues.TEMPLATE).getString() : null;
        DialogForm form = template != null ? dialogs.forTemplate(template).orElse(null) : given;
        for (NodeInput.PropertyInput property : input.properties()) {
            if (values.apply(node, property, form, prefix)) {
                changed.add(prefix + property.name());
            }
        }
        for (NodeInput child : input.nodes()) {
            Node target;
            if (node.hasNode(child.name())) {
                target = node.getNode(child.name());
            } else {
                target = add(node, child, stamps);
                changed.add(prefix + child.name());
            }
            int before = changed.size();
            fill(target, child, prefix + child.name() + "/", values, changed, stamps,
                    form == null ? null : form.childForm(child.name()));
            if (changed.size() > before) {
                stamps.modified(target);
            }
        }
        if (input.replaceNodes()) {
            replaceChildren(node, input, prefix, changed);
        }
        new Uploads(values).apply(node, input.uploads(), form, prefix, changed, stamps);
        if (form != null) {
            values.checkRequired(node, form, prefix);
        }
    }

    /** Removes the child nodes the input leaves out (content items excepted) and orders the rest as listed. */
    private static void replaceChildren(Node node, NodeInput input, String prefix, Set<String> changed)
            throws RepositoryException {
        List<String> wanted = input.nodes().stream().map(NodeInput::name).toList();
        List<String> present = new ArrayList<>();
        for (NodeIterator children = node.getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            if (child.isNodeType("mgnl:content")) {
                continue;
            }
            if (wanted.contains(child.getName())) {
                present.add(child.getName());
            } else {
                changed.add(prefix + child.getName());
                child.remove();
            }
        }
        if (!present.equals(wanted)) {
            for (String name : wanted) {
                node.orderBefore(name, null);
            }
        }
    }

    private static void finish(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw AuthoringException.validation(errors);
        }
    }

    private static void collectItems(Node node, List<Node> items) throws RepositoryException {
        if (node.isNodeType("mgnl:content")) {
            items.add(node);
        }
        for (NodeIterator children = node.getNodes(); children.hasNext();) {
            collectItems(children.nextNode(), items);
        }
    }
}
