package de.serviceportal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    private final PageTree tree;
    private final SiteRegistry sites;
    private final EditorTemplates templates;

    PagesController(PageTree tree, SiteRegistry sites, EditorTemplates templates) {
        this.tree = tree;
        this.sites = sites;
        this.templates = templates;
    }

    @GetMapping(path = PAGES, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> pages(@RequestParam(required = false) String path,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(required = false) String angelegt) {
        Map<String, Object> model = new LinkedHashMap<>();
        if (path == null || path.isBlank()) {
            List<Map<String, Object>> roots = new ArrayList<>();
            for (Site site : sites.sites()) {
                tree.page(site.root()).ifPresent(root -> roots.add(Map.of("site", site.title(),
                        "entry", view(root))));
            }
            model.put("roots", roots);
            return templates.respond(HttpStatus.OK, "pages.ftl", model);
        }
        Optional<PageTree.Entry> page = tree.page(path);
        if (page.isEmpty()) {
            model.put("missing", path);
            return templates.respond(HttpStatus.NOT_FOUND, "pages.ftl", model);
        }
        model.put("parent", view(page.get()));
        if (angelegt != null && angelegt.startsWith(path + "/")) {
            tree.page(angelegt).ifPresent(created -> model.put("created", view(created)));
        }
        model.put("trail", trail(path));
        level(model, path, offset);
        return templates.respond(HttpStatus.OK, "pages.ftl", model);
    }

    /** One level of the tree as an HTML list, for the script that expands it in place. */
    @GetMapping(path = PAGES + "/children", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> children(@RequestParam String path, @RequestParam(defaultValue = "0") int offset) {
        if (tree.page(path).isEmpty()) {
            return EditorTemplates.html(HttpStatus.NOT_FOUND, "");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        level(model, path, offset);
        return templates.respond(HttpStatus.OK, "page-list.ftl", model);
    }

    private void level(Map<String, Object> model, String path, int offset) {
        int from = Math.max(0, offset);
        PageTree.Level level = tree.children(path, from, SLICE);
        model.put("children", level.entries().stream().map(this::view).toList());
        model.put("levelPath", path);
        model.put("offset", from);
        if (from > 0) {
            model.put("previous", Math.max(0, from - SLICE));
        }
        if (level.more()) {
            model.put("next", from + SLICE);
        }
    }

    private List<Map<String, Object>> trail(String path) {
        List<Map<String, Object>> trail = new ArrayList<>();
        String current = path;
        while (current.lastIndexOf('/') > 0) {
            current = current.substring(0, current.lastIndexOf('/'));
            tree.page(current).ifPresent(entry -> trail.add(0, view(entry)));
        }
        return trail;
    }

    private Map<String, Object> view(PageTree.Entry entry) {
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
        return view;
    }

}
