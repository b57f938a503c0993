package de.serviceportal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.serviceportal.modules.Definition;

/**
 * A light-module dialog as the dialog screen shows it: per field its control, label, help, options and nested
 * fields, and the tabs of a tabbed layout. Only presentation: validation is the authoring API's, so the screen and
 * REST clients get the same checks.
 */
final class DialogSpec {

    /** A tab of {@code form.layout}, or the one untitled section of a dialog without tabs. */
    record Tab(String name, String label, List<Field> fields) {
    }

    /** An option of a select, radio or checkbox group (static list; jcrDatasource options are read later). */
    record Option(String value, String label) {
    }

    /**
     * One field. {@code control} names the macro that renders it; {@code children} are a composite's fields, a
     * multi field's entry fields or (switchable) the selector followed by every option's fields with their option
     * in {@code forms}.
     */
    record Field(String name, String type, String control, String label, String help, boolean required,
            boolean i18n, int maxLength, int rows, String buttonLabel, boolean time, List<Option> options,
            Map<?, ?> datasource, String defaultValue, List<Field> children, Map<String, List<Field>> forms,
            boolean multiple) {

        /** Whether the node stores it as a child node (composite, multi field, switchable, upload). */
        boolean childNode() {
            return Set.of("composite", "entries", "switchable", "upload").contains(control);
        }

        /** The JCR workspace a link field's target lives in. */
        String linkWorkspace() {
            if ("damLinkField".equals(type)) {
                return "dam";
            }
            return datasource != null && datasource.get("workspace") != null
                    ? datasource.get("workspace").toString() : "website";
        }
    }

    private DialogSpec() {
    }

    static List<Tab> tabs(Definition dialog) {
        Map<String, Object> form = dialog.map("form");
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : fields(form.get("properties"))) {
            fields.put(field.name(), field);
        }
        List<Tab> tabs = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Object layoutTabs = form.get("layout") instanceof Map<?, ?> layout ? layout.get("tabs") : null;
        if (layoutTabs != null) {
            for (Map.Entry<String, Map<?, ?>> tab : named(layoutTabs).entrySet()) {
                List<Field> inTab = new ArrayList<>();
                for (Object entry : list(tab.getValue().get("fields"))) {
                    String name = entry instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : String.valueOf(entry);
                    if (fields.containsKey(name) && placed.add(name)) {
                        inTab.add(fields.get(name));
                    }
                }
                tabs.add(new Tab(tab.getKey(), text(tab.getValue(), "label", tab.getKey()), inTab));
            }
        } else if (form.get("tabs") != null) { // the legacy 5 UI form: tabs with their own fields
            for (Map.Entry<String, Map<?, ?>> tab : named(form.get("tabs")).entrySet()) {
                List<Field> inTab = fields(tab.getValue().get("fields"));
                inTab.forEach(field -> placed.add(field.name()));
                tabs.add(new Tab(tab.getKey(), text(tab.getValue(), "label", tab.getKey()), inTab));
            }
        }
        List<Field> rest = fields.values().stream().filter(field -> !placed.contains(field.name())).toList();
        if (!rest.isEmpty()) {
            tabs.add(new Tab("weitere", tabs.isEmpty() ? "" : "Weitere Felder", rest));
        }
        return tabs;
    }

    /** Every field of the dialog, in the order of its tabs. */
    static List<Field> all(List<Tab> tabs) {
        return tabs.stream().flatMap(tab -> tab.fields().stream()).toList();
    }

    static boolean hasUpload(List<Field> fields) {
        return fields.stream().anyMatch(field -> "upload".equals(field.control()) || hasUpload(field.children()));
    }

    /** Field definitions of a map by name or a list with {@code name}. */
    private static List<Field> fields(Object source) {
        List<Field> fields = new ArrayList<>();
        named(source).forEach((name, definition) -> fields.add(field(name, definition)));
        return fields;
    }

    private static Field field(String name, Map<?, ?> d) {
        String type = type(d);
        int rows = number(d, "rows");
        List<Field> children = List.of();
        Map<String, List<Field>> forms = Map.of();
        String control;
        switch (type) {
            case "textField", "text" -> control = rows > 1 ? "textarea" : "text";
            case "richTextField", "richText" -> control = "richtext";
            case "passwordField", "password" -> control = "password";
            case "hiddenField", "hidden" -> control = "hidden";
            case "staticField", "static" -> control = "static";
            case "codeField", "code" -> {
                control = "code";
                rows = Math.max(rows, 8);
            }
            case "linkField", "pageLinkField", "damLinkField", "link" -> control = "link";
            case "comboBoxField", "selectField", "select" -> control = "select";
            case "listSelectField" -> control = Boolean.TRUE.equals(d.get("multiselect")) ? "checkboxes" : "list";
            case "twinColSelectField", "twinColSelect", "checkBoxGroupField", "optionGroupField" ->
                control = "optionGroupField".equals(type) && !Boolean.TRUE.equals(d.get("multiselect")) ? "radio"
                        : "checkboxes";
            case "radioButtonGroupField" -> control = "radio";
            case "checkBoxField", "checkbox" -> control = "checkbox";
            case "dateField", "date" -> control = "date";
            case "compositeField", "composite" -> {
                control = "composite";
                children = fields(d.get("properties") != null ? d.get("properties") : d.get("fields"));
            }
            case "switchableField", "switchable" -> {
                control = "switchable";
                List<Field> all = new ArrayList<>();
                if (d.get("field") instanceof Map<?, ?> selector) {
                    all.add(field(name, selector));
                }
                Map<String, List<Field>> byOption = new LinkedHashMap<>();
                named(d.get("forms")).forEach((option, form) -> {
                    List<Field> optionFields = fields(form.get("properties"));
                    byOption.put(option, optionFields);
                    all.addAll(optionFields);
                });
                children = all;
                forms = byOption;
            }
            case "jcrMultiValueField", "multiValueField" -> control = "values";
            case "jcrMultiField", "multiField" -> {
                control = "entries";
                if (d.get("field") instanceof Map<?, ?> entry) {
                    String entryType = type(entry);
                    children = "compositeField".equals(entryType) || "composite".equals(entryType)
                            ? fields(entry.get("properties") != null ? entry.get("properties") : entry.get("fields"))
                            : List.of(field(text(entry, "name", name), entry));
                }
            }
            case "uploadField", "upload", "basicUpload" -> control = "upload";
            default -> control = "text";
        }
        Map<?, ?> datasource = d.get("datasource") instanceof Map<?, ?> m ? m : null;
        return new Field(name, type, control, text(d, "label", name), text(d, "description", ""),
                Boolean.TRUE.equals(d.get("required")), Boolean.TRUE.equals(d.get("i18n")), number(d, "maxLength"),
                Math.max(rows, 1), text(d, "buttonLabel", ""), Boolean.TRUE.equals(d.get("time")), options(d),
                datasource, d.get("defaultValue") == null ? "" : d.get("defaultValue").toString(), children, forms,
                "checkboxes".equals(control) || "values".equals(control));
    }

    private static String type(Map<?, ?> d) {
        String type = text(d, "$type", text(d, "fieldType", null));
        if (type == null && d.get("class") != null) { // legacy: info.magnolia.….TextFieldDefinition
            String simple = d.get("class").toString().replaceAll(".*\\.", "").replace("Definition", "");
            type = simple.isEmpty() ? "textField" : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }
        return type == null ? "textField" : type;
    }

    private static List<Option> options(Map<?, ?> d) {
        Object source = d.get("options");
        if (d.get("datasource") instanceof Map<?, ?> datasource) {
            source = datasource.get("options");
        }
        List<Option> options = new ArrayList<>();
        named(source).forEach((name, option) -> {
            String value = option.get("value") != null ? option.get("value").toString() : name;
            options.add(new Option(value, text(option, "label", value)));
        });
        return options;
    }

    /** Named entries of a YAML map or of a list of maps with {@code name}, in their order. */
    static Map<String, Map<?, ?>> named(Object source) {
        Map<String, Map<?, ?>> named = new LinkedHashMap<>();
        if (source instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof Map<?, ?> m) {
                    named.put(m.get("name") != null ? m.get("name").toString() : key.toString(), m);
                }
            });
        } else {
            int index = 0;
            for (Object value : list(source)) {
                if (value instanceof Map<?, ?> m) {
                    Object name = m.get("name") != null ? m.get("name") : m.get("value");
                    named.put(name != null ? name.toString() : Integer.toString(index), m);
                }
                index++;
            }
        }
        return named;
    }

    private static List<?> list(Object source) {
        return source instanceof List<?> list ? list : List.of();
    }

    private static String text(Map<?, ?> d, String key, String fallback) {
        Object value = d.get(key);
        return value == null ? fallback : value.toString();
    }

    private static int number(Map<?, ?> d, String key) {
        return d.get(key) instanceof Number n ? n.intValue() : -1;
    }
}
