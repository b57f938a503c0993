package de.serviceportal.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.publishing.ContentAudit;
import de.serviceportal.publishing.ContentDiff;
import de.serviceportal.publishing.PublishingException;
import de.serviceportal.publishing.Versions;
import de.serviceportal.repository.Workspaces;

/**
 * A page's version history: every version with who, when and why, a comparison of two versions (or of one with
 * the current draft) as a table, and restoring a version after a confirmation. Restoring keeps the current draft
 * as a version first (publishing's Versions does that), so a restore can itself be undone.
 */
@Controller
class PageVersionsController {

    static final String PATH = PagesController.PAGES + "/versions";
    static final String DRAFT = "draft";

    private final PageTree tree;
    private final PageSubtree subtree;
    private final Versions versions;
    private final ContentAudit audit;
    private final ContentDiffView diffs;
    private final EditorTemplates templates;

    PageVersionsController(PageTree tree, PageSubtree subtree, Versions versions, ContentAudit audit,
            ContentDiffView diffs, EditorTemplates templates) {
        this.tree = tree;
        this.subtree = subtree;
        this.versions = versions;
        this.audit = audit;
        this.diffs = diffs;
        this.templates = templates;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> history(@RequestParam String path, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String wiederhergestellt) {
        Optional<PageTree.Entry> page = page(path);
        if (page.isEmpty()) {
            return PageScreens.missing(templates, path);
        }
        String identifier = subtree.identifier(path);
        List<Versions.Version> list = versions.list(identifier);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", PageScreens.page(page.get()));
        model.put("versions", list.stream().map(PageVersionsController::view).toList());
        model.put("from", from);
        model.put("to", to.isEmpty() ? DRAFT : to);
        model.put("restored", wiederhergestellt.matches("[0-9]{1,9}") ? wiederhergestellt : "");
        HttpStatus status = HttpStatus.OK;
        if (!from.isEmpty()) {
            try {
                int older = number(from);
                ContentDiff diff = to.isEmpty() || DRAFT.equals(to) ? versions.compareWithDraft(identifier, older)
                        : versions.compare(identifier, older, number(to));
                model.put("comparison", diffs.view(diff));
                model.put("comparedTo", to.isEmpty() || DRAFT.equals(to) ? "dem aktuellen Entwurf"
                        : "Version " + number(to));
            } catch (PublishingException | IllegalArgumentException e) {
                model.put("error", e instanceof PublishingException ? e.getMessage()
                        : "Bitte wählen Sie zwei Versionen aus der Liste.");
                status = HttpStatus.BAD_REQUEST;
            }
        }
        return templates.respond(status, "page-versions.ftl", model);
    }

    @GetMapping(path = PATH + "/restore", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam String path, @RequestParam(defaultValue = "") String version,
            CsrfToken csrf) {
        return confirmation(path, version, null, csrf, HttpStatus.OK);
    }

    @PostMapping(path = PATH + "/restore", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> restore(@RequestParam String path, @RequestParam(defaultValue = "") String version,
            @RequestParam(defaultValue = "") String confirm, CsrfToken csrf, Authentication user) {
        if (!"ja".equals(confirm)) {
            return confirmation(path, version, "Bitte bestätigen Sie die Wiederherstellung.", csrf,
                    HttpStatus.BAD_REQUEST);
        }
        Optional<PageTree.Entry> page = page(path);
        Optional<Versions.Version> chosen = page.isEmpty() ? Optional.empty() : version(path, version);
        if (chosen.isEmpty()) {
            return confirmation(path, version, null, csrf, HttpStatus.NOT_FOUND);
        }
        String identifier = subtree.identifier(path);
        Versions.Version restored = versions.restore(identifier, chosen.get().number(), user.getName());
        audit.record(user.getName(), "RESTORE", Workspaces.WEBSITE, path, identifier,
                "Version " + restored.number());
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PATH + "?path="
                + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&wiederhergestellt=" + restored.number())
                .build();
    }

    private ResponseEntity<String> confirmation(String path, String version, String error, CsrfToken csrf,
            HttpStatus status) {
        Optional<PageTree.Entry> page = page(path);
        Optional<Versions.Version> chosen = page.isEmpty() ? Optional.empty() : version(path, version);
        if (chosen.isEmpty()) {
            return templates.respond(HttpStatus.NOT_FOUND, "pages.ftl", Map.of("missing", path + " (Version "
                    + version + ")"));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", PageScreens.page(page.get()));
        model.put("version", view(chosen.get()));
        model.put("error", error == null ? "" : error);
        model.put("csrf", csrf);
        return templates.respond(status, "page-version-restore.ftl", model);
    }

    private Optional<Versions.Version> version(String path, String number) {
        if (!number.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return versions.get(subtree.identifier(path), Integer.parseInt(number));
    }

    private Optional<PageTree.Entry> page(String path) {
        return PageSubtree.isPagePath(path) ? tree.page(path) : Optional.empty();
    }

    private static int number(String text) {
        if (!text.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException(text);
        }
        return Integer.parseInt(text);
    }

    private static Map<String, Object> view(Versions.Version version) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", Integer.toString(version.number()));
        view.put("created", EditorTemplates.when(version.created()));
        view.put("createdBy", version.createdBy());
        view.put("reason", switch (version.reason()) {
            case PUBLISH -> "Veröffentlichung";
            case UNPUBLISH -> "Zurückziehen";
            case DELETE -> "vor dem Löschen";
            case RESTORE -> "vor einer Wiederherstellung";
        });
        view.put("comment", version.comment() == null ? "" : version.comment());
        view.put("title", version.title());
        view.put("path", Workspaces.toWorkspacePath(version.path()));
        return view;
    }
}
