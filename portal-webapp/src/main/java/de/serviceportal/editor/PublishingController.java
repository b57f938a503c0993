package de.serviceportal.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.publishing.ContentDiff;
import de.serviceportal.publishing.PublicationRequest;
import de.serviceportal.publishing.PublicationRequests;
import de.serviceportal.publishing.PublishingException;
import de.serviceportal.repository.Workspaces;

/**
 * Four eyes on publishing: editors request a publication (optionally at a date and time), publishers see the
 * difference between draft and live and approve or reject with a comment; nobody decides their own request.
 */
@Controller
class PublishingController {

    static final String PATH = "/.editor/publishing";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final PublicationRequests requests;
    private final PageTree tree;
    private final EditorTemplates templates;

    PublishingController(PublicationRequests requests, PageTree tree, EditorTemplates templates) {
        this.requests = requests;
        this.tree = tree;
        this.templates = templates;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> overview(Authentication user) {
        String me = user.getName();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("mayDecide", mayPublish(user));
        model.put("waiting", views(requests.list(r -> r.state() == PublicationRequest.State.PENDING
                && !r.requester().equals(me))));
        model.put("mine", views(requests.list(r -> r.requester().equals(me)).stream().limit(20).toList()));
        model.put("scheduled", views(requests.list(r -> r.state() == PublicationRequest.State.SCHEDULED)));
        return templates.respond(HttpStatus.OK, "publishing.ftl", model);
    }

    @GetMapping(path = PATH + "/new", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> form(@RequestParam String path, @RequestParam(defaultValue = "PUBLISH") String action,
            CsrfToken csrf, Authentication user) {
        // the pages app links "Zurückziehen" here with the unpublication chosen
        String chosen = "UNPUBLISH".equals(action) ? "UNPUBLISH" : "PUBLISH";
        return form(path, Map.of("action", chosen, "recursive", "", "comment", "", "date", "", "time", ""),
                Map.of(), csrf, user, HttpStatus.OK);
    }

    @PostMapping(path = PATH + "/new", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> submit(@RequestParam String path, @RequestParam(defaultValue = "PUBLISH") String action,
            @RequestParam(defaultValue = "") String recursive, @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String time,
            CsrfToken csrf, Authentication user) {
        Map<String, String> input = Map.of("action", action, "recursive", recursive, "comment", comment, "date",
                date, "time", time);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant when = null;
        if (!date.isBlank() || !time.isBlank()) {
            try {
                when = LocalDate.parse(date).atTime(time.isBlank() ? LocalTime.of(0, 0) : LocalTime.parse(time))
                        .atZone(BERLIN).toInstant();
                if (when.isBefore(Instant.now())) {
                    errors.put("date", "Der geplante Zeitpunkt liegt in der Vergangenheit.");
                }
            } catch (DateTimeParseException e) {
                errors.put("date", "Bitte geben Sie ein gültiges Datum (TT.MM.JJJJ) und eine Uhrzeit (HH:MM) an.");
            }
        }
        PublicationRequest.Action chosen;
        try {
            chosen = PublicationRequest.Action.valueOf(action);
        } catch (IllegalArgumentException e) {
            chosen = PublicationRequest.Action.PUBLISH;
            errors.put("action", "Bitte wählen Sie, ob veröffentlicht oder zurückgezogen werden soll.");
        }
        if (comment.length() > 2000) {
            errors.put("comment", "Der Kommentar darf höchstens 2000 Zeichen lang sein.");
        }
        if (errors.isEmpty()) {
            try {
                PublicationRequest request = requests.request(Workspaces.WEBSITE, path, !recursive.isBlank(), chosen,
                        when, comment, user.getName(), mayPublish(user));
                return seeOther(PATH + "/" + request.id());
            } catch (PublishingException e) {
                errors.put("date", e.getMessage());
            }
        }
        return form(path, input, errors, csrf, user, HttpStatus.BAD_REQUEST);
    }

    @GetMapping(path = PATH + "/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> detail(@PathVariable String id, CsrfToken csrf, Authentication user) {
        return detail(id, csrf, user, Map.of(), HttpStatus.OK);
    }

    @PostMapping(path = PATH + "/{id}/approve", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> approve(@PathVariable String id, @RequestParam(defaultValue = "") String comment,
            CsrfToken csrf, Authentication user) {
        return decide(id, comment, csrf, user, true);
    }

    @PostMapping(path = PATH + "/{id}/reject", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> reject(@PathVariable String id, @RequestParam(defaultValue = "") String comment,
            CsrfToken csrf, Authentication user) {
        return decide(id, comment, csrf, user, false);
    }

    private ResponseEntity<String> decide(String id, String comment, CsrfToken csrf, Authentication user,
            boolean approve) {
        try {
            if (approve) {
                requests.approve(id, user.getName(), comment);
            } else {
                requests.reject(id, user.getName(), comment);
            }
            return seeOther(PATH + "/" + id);
        } catch (PublishingException e) {
            HttpStatus status = switch (e.kind()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
                case CONFLICT -> HttpStatus.CONFLICT;
                case INVALID -> HttpStatus.BAD_REQUEST;
            };
            return detail(id, csrf, user, Map.of("decision", e.getMessage(), "comment", comment), status);
        }
    }

    private ResponseEntity<String> detail(String id, CsrfToken csrf, Authentication user, Map<String, String> errors,
            HttpStatus status) {
        Optional<PublicationRequest> found = requests.find(id);
        Map<String, Object> model = new LinkedHashMap<>();
        if (found.isEmpty()) {
            model.put("missing", id);
            return templates.respond(HttpStatus.NOT_FOUND, "publishing-request.ftl", model);
        }
        PublicationRequest request = found.get();
        ContentDiff diff = requests.difference(request);
        model.put("request", view(request));
        model.put("properties", diff.properties().stream().map(change -> Map.of("path",
                change.path().isEmpty() ? "Seite" : change.path(), "name", change.name(),
                "before", change.before() == null ? "–" : change.before(),
                "after", change.after() == null ? "–" : change.after())).toList());
        model.put("structure", diff.structure().stream().map(change -> Map.of("path", change.path(), "kind",
                switch (change.kind()) {
                    case ADDED -> "hinzugefügt";
                    case REMOVED -> "entfernt";
                    case MOVED -> "verschoben";
                }, "template", change.template() == null ? "" : change.template())).toList());
        model.put("mayDecide", mayPublish(user) && !request.requester().equals(user.getName())
                && request.state() == PublicationRequest.State.PENDING);
        model.put("ownRequest", request.requester().equals(user.getName()));
        model.put("errors", errors);
        model.put("csrf", csrf);
        return templates.respond(status, "publishing-request.ftl", model);
    }

    private ResponseEntity<String> form(String path, Map<String, String> input, Map<String, String> errors,
            CsrfToken csrf, Authentication user, HttpStatus status) {
        Optional<PageTree.Entry> page = tree.page(path);
        Map<String, Object> model = new LinkedHashMap<>();
        if (page.isEmpty()) {
            model.put("missing", path);
            return templates.respond(HttpStatus.NOT_FOUND, "pages.ftl", model);
        }
        boolean direct = mayPublish(user) && !requests.needsApproval(Workspaces.WEBSITE, path);
        model.put("page", Map.of("path", page.get().path(), "title", page.get().title(), "status",
                page.get().status().label()));
        model.put("direct", direct);
        model.put("input", input);
        model.put("errors", errors);
        model.put("csrf", csrf);
        return templates.respond(status, "publishing-new.ftl", model);
    }

    private List<Map<String, Object>> views(List<PublicationRequest> list) {
        return list.stream().map(this::view).toList();
    }

    private Map<String, Object> view(PublicationRequest request) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", request.id());
        view.put("path", request.path());
        view.put("title", tree.page(request.path()).map(PageTree.Entry::title).orElse(request.path()));
        view.put("action", request.action().label());
        view.put("recursive", request.recursive());
        view.put("requester", request.requester());
        view.put("requestedAt", EditorTemplates.when(request.requestedAt()));
        view.put("comment", request.comment() == null ? "" : request.comment());
        view.put("scheduledAt", EditorTemplates.when(request.scheduledAt()));
        view.put("state", request.state().label());
        view.put("stateClass", request.state().name().toLowerCase());
        view.put("decider", request.decider() == null ? "" : request.decider());
        view.put("decisionComment", request.decisionComment() == null ? "" : request.decisionComment());
        view.put("decidedAt", EditorTemplates.when(request.decidedAt()));
        view.put("message", request.message() == null ? "" : request.message());
        return view;
    }

    /** Publishers and administrators publish (where the site asks for four eyes: approve others' requests). */
    static boolean mayPublish(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.equals("ROLE_PUBLISHER") || role.equals("ROLE_ADMIN"));
    }

    private static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }

    static String link(String path) {
        return PATH + "/new?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
