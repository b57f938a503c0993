package de.serviceportal.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.SiteRegistry;

/**
 * Publication requests and their decisions (four eyes), kept in the draft store under
 * {@code /workflow/requests/<yyyy-MM>/<id>} so they survive restarts and move with a content backup. The requester
 * never decides their own request; a site without approval ({@code publishing: {approval: false}}) lets
 * publishers carry out their own requests at once.
 */
@Component
public class PublicationRequests {

    static final String ROOT = "/workflow/requests";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final ContentStages stages;
    private final IdentifierLookup lookup;
    private final Publisher publisher;
    private final SiteRegistry sites;
    private final ContentAudit audit;
    private final Clock clock;

    PublicationRequests(ContentStages stages, IdentifierLookup lookup, Publisher publisher, SiteRegistry sites,
            ContentAudit audit) {
        this.stages = stages;
        this.lookup = lookup;
        this.publisher = publisher;
        this.sites = sites;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Whether the site owning a website path wants a second person to approve publications. */
    public boolean needsApproval(String workspace, String path) {
        if (!Workspaces.WEBSITE.equals(workspace)) {
            return true;
        }
        return sites.owning(path).map(site -> site.properties().get("publishing") instanceof java.util.Map<?, ?> p
                ? !Boolean.FALSE.equals(p.get("approval")) && !"false".equals(String.valueOf(p.get("approval")))
                : true).orElse(true);
    }

    /**
     * Files a request. If the site needs no approval and {@code mayPublish}, it is approved by the requester at
     * once (and carried out now unless scheduled).
     */
    public PublicationRequest request(String workspace, String path, boolean recursive, PublicationRequest.Action action,
            Instant scheduledAt, String comment, String requester, boolean mayPublish) {
        if (scheduledAt != null && scheduledAt.isBefore(clock.instant())) {
            throw new PublishingException(PublishingException.Kind.INVALID,
                    "Der geplante Zeitpunkt liegt in der Vergangenheit.");
        }
        String id = UUID.randomUUID().toString();
        stages.draft().write(session -> {
            String repositoryPath = Workspaces.toRepositoryPath(workspace, path);
            if (!session.nodeExists(repositoryPath) || !ItemCopy.isItem(session.getNode(repositoryPath))) {
                throw new PublishingException(PublishingException.Kind.NOT_FOUND,
                        "Unter „" + path + "“ gibt es keine Seite.");
            }
            Node request = folder(session, MONTH.format(clock.instant())).addNode(id, "nt:unstructured");
            request.setProperty("workspace", workspace);
            request.setProperty("path", path);
            request.setProperty("identifier", session.getNode(repositoryPath).getIdentifier());
            request.setProperty("recursive", recursive);
            request.setProperty("action", action.name());
            request.setProperty("requester", requester);
            request.setProperty("requestedAt", calendar(clock.instant()));
            request.setProperty("comment", comment == null ? "" : comment.strip());
            if (scheduledAt != null) {
                request.setProperty("scheduledAt", calendar(scheduledAt));
            }
            request.setProperty("state", PublicationRequest.State.PENDING.name());
            return null;
        });
        audit.record(requester, "REQUEST_" + action.name(), workspace, path, null, comment);
        if (mayPublish && !needsApproval(workspace, path)) {
            return decide(id, requester, true, "ohne Freigabe (Website ohne Vier-Augen-Prinzip)", true);
        }
        return find(id).orElseThrow();
    }

    public PublicationRequest approve(String id, String decider, String comment) {
        return decide(id, decider, true, comment, false);
    }

    public PublicationRequest reject(String id, String decider, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new PublishingException(PublishingException.Kind.INVALID,
                    "Bitte begründen Sie die Ablehnung, damit die Redaktion weiß, was zu ändern ist.");
        }
        return decide(id, decider, false, comment, false);
    }

    private PublicationRequest decide(String id, String decider, boolean approve, String comment, boolean own) {
        PublicationRequest request = stages.draft().write(session -> {
            Node node = node(session, id).orElseThrow(() -> new PublishingException(
                    PublishingException.Kind.NOT_FOUND, "Diesen Antrag gibt es nicht."));
            PublicationRequest current = read(node);
            if (current.state() != PublicationRequest.State.PENDING) {
                throw new PublishingException(PublishingException.Kind.CONFLICT,
                        "Über diesen Antrag wurde bereits entschieden (" + current.state().label() + ").");
            }
            if (!own && current.requester().equals(decider)) {
                throw new PublishingException(PublishingException.Kind.FORBIDDEN,
                        "Eigene Anträge gibt eine zweite Person frei (Vier-Augen-Prinzip).");
            }
            node.setProperty("state", (approve ? PublicationRequest.State.SCHEDULED
                    : PublicationRequest.State.REJECTED).name());
            node.setProperty("decider", decider);
            node.setProperty("decisionComment", comment == null ? "" : comment.strip());
            node.setProperty("decidedAt", calendar(clock.instant()));
            return read(node);
        });
        audit.record(decider, approve ? "APPROVE" : "REJECT", request.workspace(), request.path(),
                request.identifier(), comment);
        if (approve && (request.scheduledAt() == null || !request.scheduledAt().isAfter(clock.instant()))) {
            return carryOut(request);
        }
        return request;
    }

    /** Runs every approved request that is due; returns how many ran. Each runs exactly once. */
    public int runDue() {
        Instant now = clock.instant();
        List<PublicationRequest> due = list(r -> r.state() == PublicationRequest.State.SCHEDULED
                && (r.scheduledAt() == null || !r.scheduledAt().isAfter(now)));
        due.forEach(this::carryOut);
        return due.size();
    }

    /**
     * Publishes with the request's id as task id: the live store records it in the publication's commit, so a
     * request whose run was interrupted before it was marked done is only marked done, never run twice.
     */
    private synchronized PublicationRequest carryOut(PublicationRequest approved) {
        // the scheduler and an approval may reach the same request at once: the second finds it done
        PublicationRequest request = find(approved.id()).orElseThrow();
        if (request.state() != PublicationRequest.State.SCHEDULED) {
            return request;
        }
        String actor = request.decider();
        String comment = request.comment();
        try {
            if (!publisher.executed(request.id())) {
                String path = currentPath(request);
                if (request.action() == PublicationRequest.Action.PUBLISH) {
                    publisher.publish(request.workspace(), path, request.recursive(), actor, comment, request.id());
                } else {
                    publisher.unpublish(request.workspace(), path, actor, comment, request.id());
                }
            }
            return mark(request.id(), PublicationRequest.State.DONE, null);
        } catch (PublishingException e) {
            audit.record(actor, "FAILED", request.workspace(), request.path(), request.identifier(), e.getMessage());
            return mark(request.id(), PublicationRequest.State.FAILED, e.getMessage());
        }
    }

    /** Where the page is now: it may have been moved since the request. */
    private String currentPath(PublicationRequest request) {
        return stages.draft().read(session -> {
            Node node = lookup.find(session, request.identifier());
            return node == null ? request.path() : Workspaces.toWorkspacePath(node.getPath());
        });
    }

    private PublicationRequest mark(String id, PublicationRequest.State state, String message) {
        return stages.draft().write(session -> {
            Node node = node(session, id).orElseThrow();
            node.setProperty("state", state.name());
            if (message != null) {
                node.setProperty("message", message);
            }
            return read(node);
        });
    }

    public Optional<PublicationRequest> find(String id) {
        return stages.draft().read(session -> node(session, id).map(node -> {
            try {
                return read(node);
            } catch (RepositoryException e) {
                throw new de.serviceportal.repository.RepositoryAccessException(e);
            }
        }));
    }

    /** Matching requests, newest first. */
    public List<PublicationRequest> list(Predicate<PublicationRequest> filter) {
        return stages.draft().read(session -> {
            List<PublicationRequest> found = new ArrayList<>();
            if (session.nodeExists(ROOT)) {
                for (NodeIterator months = session.getNode(ROOT).getNodes(); months.hasNext();) {
                    for (NodeIterator requests = months.nextNode().getNodes(); requests.hasNext();) {
                        PublicationRequest request = read(requests.nextNode());
                        if (filter.test(request)) {
                            found.add(request);
                        }
                    }
                }
            }
            found.sort(Comparator.comparing(PublicationRequest::requestedAt).reversed());
            return found;
        });
    }

    /** What the request would change: the live item compared with its draft (everything added for a new page). */
    public ContentDiff difference(PublicationRequest request) {
        return stages.draft().read(draft -> stages.live().read(live -> {
            Node draftItem = lookup.find(draft, request.identifier());
            Node liveItem = lookup.find(live, request.identifier());
            return ContentDiff.between(liveItem == null ? null : ContentTree.of(liveItem),
                    draftItem == null ? null : ContentTree.of(draftItem));
        }));
    }

    private static Optional<Node> node(Session session, String id) throws RepositoryException {
        if (!id.matches("[0-9a-f-]{36}") || !session.nodeExists(ROOT)) {
            return Optional.empty();
        }
        for (NodeIterator months = session.getNode(ROOT).getNodes(); months.hasNext();) {
            Node month = months.nextNode();
            if (month.hasNode(id)) {
                return Optional.of(month.getNode(id));
            }
        }
        return Optional.empty();
    }

    private static Node folder(Session session, String month) throws RepositoryException {
        Node node = session.getRootNode();
        for (String segment : (ROOT.substring(1) + "/" + month).split("/")) {
            node = node.hasNode(segment) ? node.getNode(segment) : node.addNode(segment, "nt:unstructured");
        }
        return node;
    }

    private static PublicationRequest read(Node node) throws RepositoryException {
        return new PublicationRequest(node.getName(), string(node, "workspace"), string(node, "path"),
                string(node, "identifier"), node.getProperty("recursive").getBoolean(),
                PublicationRequest.Action.valueOf(string(node, "action")), string(node, "requester"),
                instant(node, "requestedAt"), string(node, "comment"), instant(node, "scheduledAt"),
                PublicationRequest.State.valueOf(string(node, "state")), string(node, "decider"),
                string(node, "decisionComment"), instant(node, "decidedAt"), string(node, "message"));
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    private static Instant instant(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
