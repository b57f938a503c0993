package de.serviceportal.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.sites.SiteRegistry;

/** Preview of a page's draft as citizens will see it, at desktop or phone width (links, no script needed). */
@Controller
class PreviewController {

    static final String PATH = "/.editor/preview";
    private static final Map<String, Integer> WIDTHS = Map.of("desktop", 1280, "tablet", 768, "phone", 375);

    private final PageTree tree;
    private final SiteRegistry sites;
    private final EditorTemplates templates;

    PreviewController(PageTree tree, SiteRegistry sites, EditorTemplates templates) {
        this.tree = tree;
        this.sites = sites;
        this.templates = templates;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@RequestParam String path, @RequestParam(defaultValue = "desktop") String width) {
        Optional<PageTree.Entry> page = tree.page(path);
        Map<String, Object> model = new LinkedHashMap<>();
        if (page.isEmpty() || sites.owning(path).isEmpty()) {
            model.put("missing", path);
            return templates.respond(HttpStatus.NOT_FOUND, "pages.ftl", model);
        }
        String chosen = WIDTHS.containsKey(width) ? width : "desktop";
        model.put("page", Map.of("path", path, "title", page.get().title(), "status", page.get().status().label(),
                "url", sites.owning(path).get().url(path)));
        model.put("width", chosen);
        model.put("pixels", WIDTHS.get(chosen));
        return templates.respond(HttpStatus.OK, "preview.ftl", model);
    }
}
