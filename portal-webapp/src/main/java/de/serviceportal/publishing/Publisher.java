package de.serviceportal.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.locks.ReentrantLock;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import de.serviceportal.plugin.ContentPublished;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.RepositoryAccessException;
import de.serviceportal.repository.Workspaces;

/**
 * Copies content items from the draft store to the live store. A publication is one commit of the live store,
 * whatever its size: a page, a page with its whole subtree (1 000 pages are one operation) or an unpublication
 * becomes visible to citizens all at once or not at all. The draft records who published when
 * ({@code mgnl:lastActivated(By)}, {@code mgnl:activationStatus}) and gets a version of what went live.
 */
@Component
public class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    /** Live-store record of executed scheduled tasks, written in the publication's own commit. */
    static final String EXECUTED = "/publishing/executed";

    private final ContentStages stages;
    private final IdentifierLookup lookup;
    private final Versions versions;
    private final ApplicationEventPublisher events;
    private final ContentAudit audit;
    /** One publication at a time on this node: overlapping ones would otherwise fail on the live save's merge. */
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    Publisher(ContentStages stages, IdentifierLookup lookup, Versions versions, ApplicationEventPublisher events,
            ContentAudit audit) {
        this.stages = stages;
        this.audit = audit;
        this.lookup = lookup;
        this.versions = versions;
        this.events = events;
    }

    /** Publishes the item at {@code path} of {@code workspace}; with {@code recursive} its whole subtree. */
    public LiveContentChanged publish(String workspace, String path, boolean recursive, String actor,
            String comment) {
        return publish(workspace, path, recursive, actor, comment, null);
    }

    /**
     * As {@link #publish(String, String, boolean, String, String)}, recorded as the execution of {@code taskId}
     * in the same commit, so a task runs exactly once even if the portal stops right after.
     */
    LiveContentChanged publish(String workspace, String path, boolean recursive, String actor, String comment,
            String taskId) {
        return run(new Action("PUBLISH", workspace, path, comment), taskId, actor, (draft, live, now) -> {
            Node source = draftItem(draft, workspace, path);
            List<Node> published = new ArrayList<>();
            Map<String, String> before = new LinkedHashMap<>();
            if (source.getDepth() == 1) {
                // a whole workspace: its top-level items one by one
                for (NodeIterator children = source.getNodes(); children.hasNext();) {
                    Node child = children.nextNode();
                    if (ItemCopy.isItem(child)) {
                        copy(child, recursive, live, published, before, actor, comment, now);
                    }
                }
            } else {
                copy(source, recursive, live, published, before, actor, comment, now);
            }
            List<LiveChange> changes = new ArrayList<>();
            for (Node item : published) {
                changes.add(new LiveChange(item.getIdentifier(), before.remove(item.getIdentifier()),
                        item.getPath()));
            }
            // live items of the subtree that the draft no longer has
            before.forEach((id, oldPath) -> changes.add(new LiveChange(id, oldPath, null)));
            return changes;
        });
    }

    /** Takes the item at {@code path} and everything below it off the live site; the draft stays. */
    public LiveContentChanged unpublish(String workspace, String path, String actor, String comment) {
        return unpublish(workspace, path, actor, comment, null);
    }

    LiveContentChanged unpublish(String workspace, String path, String actor, String comment, String taskId) {
        return run(new Action("UNPUBLISH", workspace, path, comment), taskId, actor, (draft, live, now) -> {
            Node source = draftItem(draft, workspace, path);
            Node target = lookup.find(live, source.getIdentifier());
            if (target == null) {
                throw new PublishingException(PublishingException.Kind.CONFLICT,
                        "„" + path + "“ ist nicht veröffentlicht.");
            }
            Map<String, String> removed = new LinkedHashMap<>();
            liveItems(target, removed);
            target.remove();
            for (Node item : subtreeItems(source)) {
                if (item.isNodeType("mgnl:activatable")) {
                    item.setProperty("mgnl:activationStatus", false);
                }
            }
            versions.add(source, Versions.Reason.UNPUBLISH, actor, comment);
            List<LiveChange> changes = new ArrayList<>();
            removed.forEach((id, oldPath) -> changes.add(new LiveChange(id, oldPath, null)));
            return changes;
        });
    }

    /** Whether a scheduled task has run: its record is part of the live commit that carried it out. */
    boolean executed(String taskId) {
        return stages.live().read(live -> live.nodeExists(EXECUTED + "/" + taskId));
    }

    /** True if the item with this identifier is live, in whatever place. */
    public boolean isLive(String identifier) {
        return stages.live().read(live -> lookup.find(live, identifier) != null);
    }

    @FunctionalInterface
    private interface Work {
        List<LiveChange> run(Session draft, Session live, Calendar now) throws RepositoryException;
    }

    /** What is audited of a run. */
    private record Action(String name, String workspace, String path, String comment) {
    }

    private LiveContentChanged run(Action action, String taskId, String actor, Work work) {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        List<LiveChange> changes;
        oneAtATime.lock();
        try {
            Session draft = stages.draft().login();
            Session live = stages.live().login();
            try {
                changes = work.run(draft, live, now);
                if (taskId != null) {
                    recordExecution(live, taskId, actor, now);
                }
                stages.live().save(live);
                try {
                    stages.draft().save(draft);
                } catch (RepositoryException e) {
                    // live is authoritative and committed; the draft only lacks the bookkeeping
                    LOG.error("Published, but the draft's publication status and version were not saved", e);
                }
            } finally {
                live.logout();
                draft.logout();
            }
        } catch (RepositoryException e) {
            throw new RepositoryAccessException(e);
        } finally {
            oneAtATime.unlock();
        }
        audit.record(actor, action.name(), action.workspace(), action.path(), null,
                changes.size() + " Elemente" + (action.comment() == null || action.comment().isBlank() ? ""
                        : ": " + action.comment()) + (taskId == null ? "" : " (Auftrag " + taskId + ")"));
        LiveContentChanged event = new LiveContentChanged(List.copyOf(changes), actor, now.toInstant());
        events.publishEvent(event);
        for (LiveChange change : changes) {
            String path = change.newPath() != null ? change.newPath() : change.oldPath();
            events.publishEvent(new ContentPublished(Workspaces.workspaceOf(path), Workspaces.toWorkspacePath(path),
                    actor, now.toInstant()));
        }
        return event;
    }

    private void copy(Node source, boolean recursive, Session live, List<Node> published,
            Map<String, String> before, String actor, String comment, Calendar now) throws RepositoryException {
        Node existing = lookup.find(live, source.getIdentifier());
        if (existing != null) {
            if (recursive) {
                liveItems(existing, before);
            } else {
                before.put(existing.getIdentifier(), existing.getPath());
            }
        }
        List<Node> items = recursive ? subtreeItems(source) : List.of(source);
        for (Node item : items) {
            if (item.isNodeType("mgnl:activatable")) {
                item.setProperty("mgnl:lastActivated", now);
                item.setProperty("mgnl:lastActivatedBy", actor);
                item.setProperty("mgnl:activationStatus", true);
            }
        }
        String parentPath = source.getParent().getPath();
        ItemReplacement.replace(live, lookup, parentPath, source.getName(), source.getIdentifier(), !recursive,
                handler -> ItemCopy.emit(source, recursive, handler));
        ItemReplacement.orderLike(source.getParent(), live.getNode(parentPath));
        if (!recursive) {
            ItemReplacement.orderLike(source, live.getNode(source.getPath()));
        }
        for (Node item : items) {
            versions.add(item, Versions.Reason.PUBLISH, actor, comment);
            published.add(item);
        }
    }

    private Node draftItem(Session draft, String workspace, String path) throws RepositoryException {
        String repositoryPath = Workspaces.toRepositoryPath(workspace, path);
        if (!draft.nodeExists(repositoryPath)) {
            throw new PublishingException(PublishingException.Kind.NOT_FOUND,
                    "Unter „" + path + "“ gibt es keinen Inhalt.");
        }
        Node node = draft.getNode(repositoryPath);
        if (node.getDepth() > 1 && !ItemCopy.isItem(node)) {
            throw new PublishingException(PublishingException.Kind.INVALID,
                    "„" + path + "“ ist Teil einer Seite; veröffentlicht wird die Seite.");
        }
        return node;
    }

    private static List<Node> subtreeItems(Node root) throws RepositoryException {
        List<Node> items = new ArrayList<>();
        collect(root, items);
        return items;
    }

    private static void collect(Node node, List<Node> items) throws RepositoryException {
        if (ItemCopy.isItem(node)) {
            items.add(node);
        }
        for (NodeIterator children = node.getNodes(); children.hasNext();) {
            collect(children.nextNode(), items);
        }
    }

    private static void liveItems(Node node, Map<String, String> items) throws RepositoryException {
        for (Node item : subtreeItems(node)) {
            items.put(item.getIdentifier(), item.getPath());
        }
    }

    private static void recordExecution(Session live, String taskId, String actor, Calendar now)
            throws RepositoryException {
        Node node = live.getRootNode();
        for (String segment : EXECUTED.substring(1).split("/")) {
            node = node.hasNode(segment) ? node.getNode(segment) : node.addNode(segment, "nt:unstructured");
        }
        if (node.hasNode(taskId)) {
            throw new PublishingException(PublishingException.Kind.CONFLICT, "Der Auftrag lief bereits.");
        }
        Node record = node.addNode(taskId, "nt:unstructured");
        record.setProperty("at", now);
        record.setProperty("by", actor);
    }
}
