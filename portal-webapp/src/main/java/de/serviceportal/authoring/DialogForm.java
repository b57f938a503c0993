package de.serviceportal.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.serviceportal.modules.Definition;

/**
 * The fields of a dialog by name: {@code form.properties} (map or list with {@code name}) of Magnolia 6, or the
 * fields of all tabs of the legacy form ({@code form.tabs}, a list or map of tabs with {@code fields}). A nested
 * form describes the child node of a composite or multi field; {@code entries}, if set, is the form of every child
 * of the node (the entries of a jcrMultiField).
 */
record DialogForm(String id, String label, Map<String, DialogField> fields, DialogForm entries) {

    DialogForm(String id, String label, Map<String, DialogField> fields) {
        this(id, label, fields, null);
    }

    /** A nested form from field definitions (a map by name or a list with {@code name}). */
    static DialogForm of(String id, String label, Object fieldDefinitions) {
        Map<String, DialogField> fields = new LinkedHashMap<>();
        collect(fieldDefinitions, fields);
        return new DialogForm(id, label, fields);
    }

    /** The form of the child node {@code name}, or null if the dialog says nothing about it. */
    DialogForm childForm(String name) {
        if (entries != null) {
            return entries;
        }
        DialogField field = fields.get(name);
        return field == null ? null : field.nested();
    }

    @SuppressWarnings("unchecked")
    static DialogForm of(Definition dialog) {
        Map<String, DialogField> fields = new LinkedHashMap<>();
        Map<String, Object> form = dialog.map("form");
        collect(form.get("properties"), fields);
        Object tabs = form.get("tabs");
        for (Object tab : DialogField.entries(tabs)) {
            if (tab instanceof Map<?, ?> t) {
                collect(((Map<String, Object>) t).get("fields"), fields);
            }
        }
        return new DialogForm(dialog.id(), dialog.string("label") == null ? dialog.id() : dialog.string("label"),
                fields);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object source, Map<String, DialogField> fields) {
        if (source instanceof Map<?, ?> map) {
            map.forEach((name, definition) -> {
                if (definition instanceof Map<?, ?> d) {
                    fields.put(name.toString(), DialogField.of(name.toString(), (Map<String, Object>) d));
                }
            });
        } else if (source instanceof List<?> list) {
            for (Object definition : list) {
                if (definition instanceof Map<?, ?> d && d.get("name") != null) {
                    fields.put(d.get("name").toString(), DialogField.of(d.get("name").toString(),
                            (Map<String, Object>) d));
                }
            }
        }
    }

    /**
     * The field a property belongs to: its own name, an i18n variant ({@code title_en} of {@code title}), or a
     * property a switchable field writes ({@code <field><option>}); null if the dialog has no such field.
     */
    DialogField fieldOf(String property) {
        DialogField field = fields.get(property);
        if (field != null) {
            return field;
        }
        int underscore = property.lastIndexOf('_');
        if (underscore > 0 && property.substring(underscore + 1).matches("[a-z]{2,3}(_[A-Z]{2})?")) {
            field = fields.get(property.substring(0, underscore));
            if (field != null) {
                return field;
            }
        }
        for (DialogField candidate : fields.values()) {
            if (candidate.childNodes() && property.startsWith(candidate.name())) {
                return candidate;
            }
        }
        return null;
    }
}
