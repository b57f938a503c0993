package de.serviceportal.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the pages app's action screens share: the page they act on, shown the same way, and "not found". */
final class PageScreens {

    private PageScreens() {
    }

    static Map<String, Object> page(PageTree.Entry entry) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("path", entry.path());
        page.put("name", entry.name());
        page.put("title", entry.title());
        page.put("status", entry.status().label());
        page.put("statusClass", entry.status().cssName());
        page.put("level", PagesController.level(entry.path()));
        return page;
    }

    static ResponseEntity<String> missing(EditorTemplates templates, String path) {
        return templates.respond(HttpStatus.NOT_FOUND, "pages.ftl", Map.of("missing", path == null ? "" : path));
    }
}
