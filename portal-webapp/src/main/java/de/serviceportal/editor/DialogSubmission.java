package de.serviceportal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.serviceportal.authoring.FieldError;
import de.serviceportal.authoring.NodeValues;

/**
 * A dialog's (normalised) form state as the values to save: property names with the language suffix of the
 * edited variant, composite and switchable fields as child nodes, multi field entries as numbered child nodes
 * that replace the old ones, link paths as identifiers. A link to nothing becomes a field error, named as the
 * authoring API names errors ({@code items/0/link}).
 */
final class DialogSubmission {

    private final String lang;
    private final LinkTargets links;
    private final Map<String, NodeValues.Upload> uploads;
    private final List<FieldError> errors = new ArrayList<>();

    /** {@code uploads}: files sent, by input name ({@code null} data: remove the stored file). */
    DialogSubmission(String lang, LinkTargets links, Map<String, NodeValues.Upload> uploads) {
        this.lang = lang;
        this.links = links;
        this.uploads = uploads;
    }

    List<FieldError> errors() {
        return errors;
    }

    NodeValues values(List<DialogSpec.Field> fields, DialogState state) {
        return values(fields, state, "");
    }

    private NodeValues values(List<DialogSpec.Field> fields, DialogState state, String prefix) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        Map<String, NodeValues> nodes = new LinkedHashMap<>();
        Map<String, NodeValues.Upload> files = new LinkedHashMap<>();
        for (DialogSpec.Field field : fields) {
            String name = prefix + field.name();
            switch (field.control()) {
                case "static" -> {
                }
                case "composite", "switchable" -> nodes.put(field.name(), values(field.children(), state,
                        name + "/"));
                case "entries" -> {
                    Map<String, NodeValues> entries = new LinkedHashMap<>();
                    for (String index : state.entries.getOrDefault(name, List.of())) {
                        entries.put(index, values(field.children(), state, name + "/" + index + "/"));
                    }
                    nodes.put(field.name(), new NodeValues(Map.of(), entries, true, Map.of()));
                }
                case "upload" -> {
                    if (uploads.containsKey(name)) {
                        files.put(field.name(), uploads.get(name));
                    }
                }
                case "password" -> {
                    if (!state.one(name).isEmpty()) { // empty: the stored password stays
                        properties.put(DialogState.property(field, lang), List.of(state.one(name)));
                    }
                }
                case "link" -> properties.put(DialogState.property(field, lang), link(field, name, state.one(name)));
                default -> {
                    List<String> typed = state.all(name).stream().map(v -> v.replace("\r\n", "\n")).toList();
                    List<String> kept = field.multiple() ? typed.stream().filter(v -> !v.isBlank()).toList()
                            : typed.isEmpty() || typed.get(0).isBlank() ? List.of() : List.of(typed.get(0));
                    properties.put(DialogState.property(field, lang), kept);
                }
            }
        }
        return new NodeValues(properties, nodes, false, files);
    }

    private List<String> link(DialogSpec.Field field, String name, String typed) {
        if (typed.isBlank()) {
            return List.of();
        }
        String stored = links.stored(field, typed);
        if (stored == null) {
            errors.add(new FieldError(name.substring(0, name.length() - field.name().length())
                    + DialogState.property(field, lang), "dam".equals(field.linkWorkspace())
                            ? "Unter „" + typed.strip() + "“ gibt es keine Datei in den Medien."
                            : "Unter „" + typed.strip() + "“ gibt es keine Seite."));
            return List.of();
        }
        return List.of(stored);
    }
}
