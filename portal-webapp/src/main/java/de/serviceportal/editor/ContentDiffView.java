package de.serviceportal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.serviceportal.publishing.ContentDiff;

/**
 * A content comparison as editors read it: German place names ("Seite", "Bereich main, Komponente 0"), German
 * names for the common properties and the components' template titles instead of ids.
 */
@Component
class ContentDiffView {

    private static final Map<String, String> NAMES = Map.of("title", "Titel", "mgnl:template", "Vorlage",
            "navigationTitle", "Titel in der Navigation", "hideInNav", "in der Navigation verborgen",
            "description", "Beschreibung", "keywords", "Stichwörter", "text", "Text", "headline", "Überschrift");

    private final PageTemplates templates;

    ContentDiffView(PageTemplates templates) {
        this.templates = templates;
    }

    /** {@code properties} and {@code structure} rows; {@code empty} if nothing differs. */
    Map<String, Object> view(ContentDiff diff) {
        Map<String, Object> view = new LinkedHashMap<>();
        List<Map<String, String>> properties = diff.properties().stream().map(change -> Map.of(
                "path", place(change.path()), "name", NAMES.getOrDefault(change.name(), change.name()),
                "before", value(change.name(), change.before()), "after", value(change.name(), change.after())))
                .toList();
        List<Map<String, String>> structure = diff.structure().stream().map(change -> Map.of(
                "path", place(change.path()), "kind", switch (change.kind()) {
                    case ADDED -> "hinzugefügt";
                    case REMOVED -> "entfernt";
                    case MOVED -> "verschoben";
                }, "template", change.template() == null ? "" : templates.title(change.template()))).toList();
        view.put("properties", properties);
        view.put("structure", structure);
        view.put("empty", diff.isEmpty());
        return view;
    }

    /** "main/0/items/1" → "Bereich main › Komponente 0 › Bereich items › Komponente 1". */
    static String place(String path) {
        if (path.isEmpty()) {
            return "Seite";
        }
        StringBuilder place = new StringBuilder();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                place.append(" › ");
            }
            place.append(i % 2 == 0 ? "Bereich " : "Komponente ").append(segments[i]);
        }
        return place.toString();
    }

    private String value(String name, String value) {
        if (value == null) {
            return "–";
        }
        return "mgnl:template".equals(name) ? templates.title(value) : value;
    }
}
