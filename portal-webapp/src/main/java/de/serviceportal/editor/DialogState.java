package de.serviceportal.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * What the dialog's form controls hold, by input name: a field's name, nested fields as
 * {@code composite/field}, entries of a multi field as {@code items/0/field}. Read from the node, from the
 * definition's defaults or from a submitted form, so a failed save shows exactly what was typed.
 */
final class DialogState {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String ENTRY = "--eintrag";
    static final String TIME = "--zeit";
    static final String REMOVE_FILE = "--entfernen";

    final Map<String, List<String>> values = new LinkedHashMap<>();
    /** The entries of each multi field (by input name), as names of their child nodes / form indexes. */
    final Map<String, List<String>> entries = new LinkedHashMap<>();
    /** Stored files of upload fields, described for the editor. */
    final Map<String, String> files = new LinkedHashMap<>();

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    String one(String name) {
        List<String> list = all(name);
        return list.isEmpty() ? "" : list.get(0);
    }

    /** The property a field edits: its name, or {@code name_<lang>} for the language variant of an i18n field. */
    static String property(DialogSpec.Field field, String lang) {
        return field.i18n() && lang != null ? field.name() + "_" + lang : field.name();
    }

    /** The node's values; {@code hints} receives the default-language values of i18n fields when editing a variant. */
    static DialogState of(Node node, List<DialogSpec.Field> fields, String lang, LinkTargets links,
            DialogState hints) throws RepositoryException {
        DialogState state = new DialogState();
        state.read(node, fields, "", lang, links, hints);
        return state;
    }

    private void read(Node node, List<DialogSpec.Field> fields, String prefix, String lang, LinkTargets links,
            DialogState hints) throws RepositoryException {
        for (DialogSpec.Field field : fields) {
            String name = prefix + field.name();
            switch (field.control()) {
                case "static" -> {
                }
                case "composite", "switchable" -> {
                    if (node.hasNode(field.name())) {
                        read(node.getNode(field.name()), field.children(), name + "/", lang, links, hints);
                    }
                }
                case "entries" -> {
                    List<String> indexes = new ArrayList<>();
                    if (node.hasNode(field.name())) {
                        for (NodeIterator it = node.getNode(field.name()).getNodes(); it.hasNext();) {
                            Node entry = it.nextNode();
                            if (!entry.isNodeType("mgnl:content")) {
                                indexes.add(entry.getName());
                                read(entry, field.children(), name + "/" + entry.getName() + "/", lang, links,
                                        hints);
                            }
                        }
                    }
                    entries.put(name, indexes);
                }
                case "upload" -> {
                    if (node.hasNode(field.name())) {
                        Node file = node.getNode(field.name());
                        String fileName = file.hasProperty("fileName") ? file.getProperty("fileName").getString()
                                : field.name();
                        long size = file.hasProperty("jcr:data") ? file.getProperty("jcr:data").getLength() : 0;
                        files.put(name, fileName + " (" + Math.max(1, (size + 1023) / 1024) + " KB)");
                    }
                }
                case "password" -> values.put(name, List.of()); // never shown again
                default -> {
                    values.put(name, read(node, property(field, lang), field, links));
                    if (hints != null && field.i18n() && lang != null) {
                        hints.values.put(name, read(node, field.name(), field, links));
                    }
                }
            }
        }
    }

    private static List<String> read(Node node, String property, DialogSpec.Field field, LinkTargets links)
            throws RepositoryException {
        if (!node.hasProperty(property)) {
            return List.of();
        }
        Property stored = node.getProperty(property);
        List<String> texts = new ArrayList<>();
        for (Value value : stored.isMultiple() ? stored.getValues() : new Value[] {stored.getValue()}) {
            if (value.getType() == PropertyType.DATE) {
                var time = value.getDate().toInstant().atZone(ZONE);
                texts.add(field.time() ? MINUTE.format(time) : DAY.format(time));
            } else if (value.getType() != PropertyType.BINARY) {
                String text = value.getString();
                texts.add("link".equals(field.control()) ? links.display(node.getSession(), field, text) : text);
            }
        }
        return texts;
    }

    /** A new node's values: the definition's defaults. */
    static DialogState defaults(List<DialogSpec.Field> fields) {
        DialogState state = new DialogState();
        state.fillDefaults(fields, "");
        return state;
    }

    private void fillDefaults(List<DialogSpec.Field> fields, String prefix) {
        for (DialogSpec.Field field : fields) {
            String name = prefix + field.name();
            if ("composite".equals(field.control()) || "switchable".equals(field.control())) {
                fillDefaults(field.children(), name + "/");
            } else if ("entries".equals(field.control())) {
                entries.put(name, new ArrayList<>());
            } else if (!field.defaultValue().isEmpty()) {
                values.put(name, List.of(field.defaultValue()));
            }
        }
    }

    /** What a submitted form holds. */
    static DialogState of(Map<String, String[]> form, List<DialogSpec.Field> fields) {
        DialogState state = new DialogState();
        state.readForm(form, fields, "");
        return state;
    }

    private void readForm(Map<String, String[]> form, List<DialogSpec.Field> fields, String prefix) {
        for (DialogSpec.Field field : fields) {
            String name = prefix + field.name();
            switch (field.control()) {
                case "static", "upload" -> {
                }
                case "composite", "switchable" -> readForm(form, field.children(), name + "/");
                case "entries" -> {
                    List<String> indexes = new ArrayList<>();
                    for (String index : form.getOrDefault(name + ENTRY, new String[0])) {
                        if (index.matches("[A-Za-z0-9_-]{1,40}") && !indexes.contains(index)) {
                            indexes.add(index);
                            readForm(form, field.children(), name + "/" + index + "/");
                        }
                    }
                    entries.put(name, indexes);
                }
                case "checkbox" -> values.put(name, List.of(Boolean.toString(
                        List.of(form.getOrDefault(name, new String[0])).contains("true"))));
                case "date" -> {
                    String day = first(form, name).strip();
                    String time = first(form, name + TIME).strip();
                    values.put(name, day.isEmpty() ? List.of() : List.of(time.isEmpty() || !field.time() ? day
                            : day + "T" + time));
                }
                default -> values.put(name, List.of(form.getOrDefault(name, new String[0])));
            }
        }
    }

    private static String first(Map<String, String[]> form, String name) {
        String[] sent = form.get(name);
        return sent == null || sent.length == 0 ? "" : sent[0];
    }

    /**
     * The state as it will be saved: blank values of multi-value fields and entries without any text dropped,
     * entries numbered 0, 1, … in their order (the names of their child nodes).
     */
    DialogState normalised(List<DialogSpec.Field> fields) {
        DialogState target = new DialogState();
        target.files.putAll(files);
        copy(fields, "", "", target);
        return target;
    }

    private void copy(List<DialogSpec.Field> fields, String from, String to, DialogState target) {
        for (DialogSpec.Field field : fields) {
            String source = from + field.name();
            String name = to + field.name();
            switch (field.control()) {
                case "composite", "switchable" -> copy(field.children(), source + "/", name + "/", target);
                case "entries" -> {
                    List<String> kept = new ArrayList<>();
                    for (String index : entries.getOrDefault(source, List.of())) {
                        if (hasText(field.children(), source + "/" + index + "/")) {
                            String number = Integer.toString(kept.size());
                            kept.add(number);
                            copy(field.children(), source + "/" + index + "/", name + "/" + number + "/", target);
                        }
                    }
                    target.entries.put(name, kept);
                }
                default -> {
                    if (values.containsKey(source)) {
                        List<String> list = field.multiple() ? all(source).stream().filter(v -> !v.isBlank())
                                .toList() : all(source);
                        target.values.put(name, list);
                    }
                }
            }
        }
    }

    private boolean hasText(List<DialogSpec.Field> fields, String prefix) {
        for (DialogSpec.Field field : fields) {
            String name = prefix + field.name();
            boolean text = switch (field.control()) {
                case "composite", "switchable" -> hasText(field.children(), name + "/");
                case "checkbox", "hidden", "static" -> false;
                default -> all(name).stream().anyMatch(value -> !value.isBlank());
            };
            if (text) {
                return true;
            }
        }
        return false;
    }
}
