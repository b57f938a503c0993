package de.serviceportal.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.publishing.PublicationRequest;
import de.serviceportal.publishing.PublicationRequests;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;

/**
 * The pages app: each site's page tree with the status of every page. Without JavaScript a page's subpages open
 * as their own list ({@code ?path=}); with it the tree expands in place, loading one level at a time.
 */
@Controller
class PagesController {

    static final String PAGES = "/.editor/pages";
    /** Pages per slice of a level. */
    static final int SLICE = 100;

    /** What the page actions report after post/redirect/get ({@code hinweis}); {@code seite} names the page. */
    private static final Map<String, String> NOTICES = Map.of(
            "umbenannt", "Die Seite wurde umbenannt. Ihre neue Adresse ist %s.",
            "verschoben", "Die Seite wurde verschoben. Ihre neue Adresse ist %s.",
            "kopiert", "Die Kopie wurde unter %s angelegt. Sie ist noch nicht veröffentlicht.",
            "geloescht", "Die Seite %s wurde gelöscht. Ihr letzter Stand ist als Version aufbewahrt.");

    private final PageTree tree;
    private final SiteRegistry sites;
    private final EditorTemplates templates;
    private final PublicationRequests requests;

    PagesController(PageTree tree, SiteRegistry sites, EditorTemplates templates, PublicationRequests requests) {
        this.tree = tree;
        this.sites = sites;
        this.templates = templates;
        this.requests = requests;
    }

    /** Back to a level of the tree after an action, with its notice. */
    static ResponseEntity<String> afterAction(String level, String notice, String page) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PAGES + "?path="
                + URLEncoder.encode(level, StandardCharsets.UTF_8) + "&hinweis=" + notice + "&seite="
                + URLEncoder.encode(page, StandardCharsets.UTF_8)).build();
    }

    /** The level a page is listed on: its parent, or (for a site's home page) the overview. */
    static String level(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(0, slash);
    }

    @GetMapping(path = PAGES, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> pages(@RequestParam(required = false) String path,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(required = false) String angelegt,
            @RequestParam(defaultValue = "") String hinweis, @RequestParam(defaultValue = "") String seite) {
        Map<String, Object> model = new LinkedHashMap<>();
        if (NOTICES.containsKey(hinweis) && PageSubtree.isPagePath(seite)) {
            model.put("notice", NOTICES.get(hinweis).formatted("„" + seite + "“"));
        }
        Map<String, String> pending = pendingRequests();
        if (path == null || path.isBlank()) {
            List<Map<String, Object>> roots = new ArrayList<>();
            for (Site site : sites.sites()) {
                tree.page(site.root()).ifPresent(root -> roots.add(Map.of("site", site.title(),
                        "entry", view(root, pending))));
            }
            model.put("roots", roots);
            return templates.respond(HttpStatus.OK, "pages.ftl", model);
        }
        Optional<PageTree.Entry> page = tree.page(path);
        if (page.isEmpty()) {
            model.put("missing", path);
            return templates.respond(HttpStatus.NOT_FOUND, "pages.ftl", model);
        }
        model.put("parent", view(page.get(), pending));
        if (angelegt != null && angelegt.startsWith(path + "/")) {
            tree.page(angelegt).ifPresent(created -> model.put("created", view(created, pending)));
        }
        model.put("trail", trail(path, pending));
        level(model, path, offset, pending);
        return templates.respond(HttpStatus.OK, "pages.ftl", model);
    }

    /** One level of the tree as an HTML list, for the script that expands it in place. */
    @GetMapping(path = PAGES + "/children", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> children(@RequestParam String path, @RequestParam(defaultValue = "0") int offset) {
        if (tree.page(path).isEmpty()) {
            return EditorTemplates.html(HttpStatus.NOT_FOUND, "");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        level(model, path, offset, pendingRequests());
        return templates.respond(HttpStatus.OK, "page-list.ftl", model);
    }

    /** Pending publication requests by page path, so the tree links each page to its request's decision. */
    private Map<String, String> pendingRequests() {
        Map<String, String> pending = new HashMap<>();
        for (PublicationRequest request : requests.list(r -> r.state() == PublicationRequest.State.PENDING
                && Workspaces.WEBSITE.equals(r.workspace()))) {
            pending.putIfAbsent(request.path(), request.id());
        }
        return pending;
    }

    private void level(Map<String, Object> model, String path, int offset, Map<String, String> pending) {
        int from = Math.max(0, offset);
        PageTree.Level level = tree.children(path, from, SLICE);
        model.put("children", level.entries().stream().map(entry -> view(entry, pending)).toList());
        model.put("levelPath", path);
        model.put("offset", from);
        if (from > 0) {
            model.put("previous", Math.max(0, from - SLICE));
        }
        if (level.more()) {
            model.put("next", from + SLICE);
        }
    }

    private List<Map<String, Object>> trail(String path, Map<String, String> pending) {
        List<Map<String, Object>> trail = new ArrayList<>();
        String current = path;
        while (current.lastIndexOf('/') > 0) {
            current = current.substring(0, current.lastIndexOf('/'));
            tree.page(current).ifPresent(entry -> trail.add(0, view(entry, pending)));
        }
        return trail;
    }

    private Map<String, Object> view(PageTree.Entry entry, Map<String, String> pending) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", entry.name());
        view.put("path", entry.path());
        view.put("title", entry.title());
        view.put("template", entry.template());
        view.put("status", entry.status().label());
        view.put("statusClass", entry.status().cssName());
        view.put("hasChildren", entry.hasChildren());
        view.put("url", sites.owning(entry.path()).map(site -> site.url(entry.path())).orElse(""));
        view.put("lastModified", EditorTemplates.when(entry.lastModified()));
        view.put("lastModifiedBy", entry.lastModifiedBy() == null ? "" : entry.lastModifiedBy());
        view.put("live", entry.status() != PageStatus.NEW);
        view.put("request", pending.getOrDefault(entry.path(), ""));
        return view;
    }

}
