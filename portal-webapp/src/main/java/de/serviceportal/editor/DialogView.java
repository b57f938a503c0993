package de.serviceportal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.serviceportal.repository.Workspaces;

/**
 * The dialog's fields as the template renders them: everything a control needs (id, name, label, help and error
 * texts tied by {@code aria-describedby}, values, options with their selection, entries and slots) computed here,
 * so the template only writes markup.
 */
final class DialogView {

    /** Empty entries offered below the filled ones of a multi field (more by "weitere Zeile"). */
    static final int EMPTY_SLOTS = 1;
    private static final int MAX_JCR_OPTIONS = 200;

    private final DialogState state;
    private final DialogState hints;
    private final Map<String, String> errors;
    private final Map<String, List<LinkTargets.Target>> results;
    private final Map<String, String> queries;
    private final Session session;
    private final String languageName;

    DialogView(DialogState state, DialogState hints, Map<String, String> errors,
            Map<String, List<LinkTargets.Target>> results, Map<String, String> queries, Session session,
            String languageName) {
        this.state = state;
        this.hints = hints;
        this.errors = errors;
        this.results = results;
        this.queries = queries;
        this.session = session;
        this.languageName = languageName;
    }

    static String id(String inputName) {
        return "f-" + inputName.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    List<Map<String, Object>> fields(List<DialogSpec.Field> fields, String prefix) throws RepositoryException {
        List<Map<String, Object>> views = new ArrayList<>();
        for (DialogSpec.Field field : fields) {
            views.add(field(field, prefix + field.name()));
        }
        return views;
    }

    private Map<String, Object> field(DialogSpec.Field field, String name) throws RepositoryException {
        Map<String, Object> view = new LinkedHashMap<>();
        String id = id(name);
        view.put("control", field.control());
        view.put("type", field.type());
        view.put("name", name);
        view.put("id", id);
        view.put("label", field.label());
        view.put("required", field.required());
        view.put("help", field.help());
        view.put("maxLength", field.maxLength());
        view.put("rows", field.rows());
        view.put("time", field.time());
        view.put("buttonLabel", field.buttonLabel().isEmpty() ? field.label() : field.buttonLabel());
        String hint = hints == null ? "" : hints.one(name);
        view.put("hint", field.i18n() && languageName != null ? hint : "");
        view.put("error", errors.getOrDefault(name, ""));
        List<String> described = new ArrayList<>();
        if (view.get("error").toString().length() > 0) {
            described.add(id + "-fehler");
        }
        if (!field.help().isEmpty()) {
            described.add(id + "-hilfe");
        }
        if (!view.get("hint").toString().isEmpty()) {
            described.add(id + "-vorgabe");
        }
        view.put("describedBy", String.join(" ", described));
        List<String> values = state.all(name);
        view.put("value", values.isEmpty() ? "" : values.get(0));
        view.put("values", values);
        switch (field.control()) {
            case "date" -> {
                String value = values.isEmpty() ? "" : values.get(0);
                int t = value.indexOf('T');
                view.put("day", t < 0 ? value : value.substring(0, t));
                view.put("clock", t < 0 ? "" : value.substring(t + 1, Math.min(value.length(), t + 6)));
            }
            case "select", "list", "radio", "checkboxes" -> view.put("options", options(field, id, values));
            case "composite" -> view.put("children", fields(field.children(), name + "/"));
            case "switchable" -> switchable(field, name, view);
            case "entries" -> entries(field, name, view);
            case "values" -> {
                List<Map<String, String>> slots = new ArrayList<>();
                List<String> shown = new ArrayList<>(values.stream().filter(v -> !v.isBlank()).toList());
                long blanks = values.stream().filter(String::isBlank).count();
                for (int i = 0; i < blanks + EMPTY_SLOTS; i++) {
                    shown.add("");
                }
                for (int i = 0; i < shown.size(); i++) {
                    slots.add(Map.of("id", id + "-" + i, "value", shown.get(i), "number", Integer.toString(i + 1)));
                }
                view.put("slots", slots);
            }
            case "upload" -> view.put("file", state.files.getOrDefault(name, ""));
            case "link" -> {
                view.put("picker", "dam".equals(field.linkWorkspace()) ? "medium" : "seite");
                view.put("query", queries.getOrDefault(name, ""));
                view.put("results", results.getOrDefault(name, List.of()).stream().map(target -> Map.of(
                        "path", target.path(), "title", target.title())).toList());
                view.put("searched", results.containsKey(name));
            }
            default -> {
            }
        }
        return view;
    }

    private void switchable(DialogSpec.Field field, String name, Map<String, Object> view)
            throws RepositoryException {
        String prefix = name + "/";
        DialogSpec.Field selector = field.children().isEmpty() ? null : field.children().get(0);
        view.put("selector", selector == null ? null : field(selector, prefix + selector.name()));
        String chosen = selector == null ? "" : state.one(prefix + selector.name());
        List<Map<String, Object>> forms = new ArrayList<>();
        for (Map.Entry<String, List<DialogSpec.Field>> form : field.forms().entrySet()) {
            String label = form.getKey();
            if (selector != null) {
                for (DialogSpec.Option option : selector.options()) {
                    if (option.value().equals(form.getKey())) {
                        label = option.label();
                    }
                }
            }
            forms.add(Map.of("value", form.getKey(), "label", label, "chosen", form.getKey().equals(chosen),
                    "id", id(name) + "-form-" + form.getKey().replaceAll("[^A-Za-z0-9_-]", "-"),
                    "fields", fields(form.getValue(), prefix)));
        }
        view.put("forms", forms);
    }

    private void entries(DialogSpec.Field field, String name, Map<String, Object> view) throws RepositoryException {
        List<Map<String, Object>> entries = new ArrayList<>();
        List<String> indexes = new ArrayList<>(state.entries.getOrDefault(name, List.of()));
        int next = indexes.stream().filter(i -> i.matches("[0-9]{1,6}"))
                .mapToInt(Integer::parseInt).max().orElse(-1) + 1;
        for (int i = 0; i < EMPTY_SLOTS; i++) {
            indexes.add(Integer.toString(next + i));
        }
        int number = 1;
        for (String index : indexes) {
            entries.add(Map.of("index", index, "number", number++, "id", id(name + "/" + index),
                    "fields", fields(field.children(), name + "/" + index + "/")));
        }
        view.put("entries", entries);
    }

    private List<Map<String, Object>> options(DialogSpec.Field field, String id, List<String> values)
            throws RepositoryException {
        List<DialogSpec.Option> options = field.datasource() != null
                && "jcrDatasource".equals(String.valueOf(field.datasource().get("$type")))
                ? jcrOptions(field.datasource()) : field.options();
        List<Map<String, Object>> views = new ArrayList<>();
        int index = 0;
        for (DialogSpec.Option option : options) {
            views.add(Map.of("value", option.value(), "label", option.label(), "id", id + "-" + index++,
                    "selected", values.contains(option.value())));
        }
        return views;
    }

    /** Options from nodes of a workspace ({@code rootPath}, {@code allowedNodeTypes}, {@code describeByProperty}). */
    private List<DialogSpec.Option> jcrOptions(Map<?, ?> datasource) throws RepositoryException {
        String workspace = datasource.get("workspace") == null ? Workspaces.WEBSITE
                : datasource.get("workspace").toString();
        String root = datasource.get("rootPath") == null ? "/" : datasource.get("rootPath").toString();
        String describe = datasource.get("describeByProperty") == null ? null
                : datasource.get("describeByProperty").toString();
        List<?> types = datasource.get("allowedNodeTypes") instanceof List<?> l ? l : List.of();
        List<DialogSpec.Option> options = new ArrayList<>();
        if (!Workspaces.isWorkspace(workspace) || root.contains("..")) {
            return options;
        }
        String path = Workspaces.toRepositoryPath(workspace, root);
        if (!session.nodeExists(path)) {
            return options;
        }
        for (NodeIterator children = session.getNode(path).getNodes(); children.hasNext()
                && options.size() < MAX_JCR_OPTIONS;) {
            Node child = children.nextNode();
            boolean allowed = types.isEmpty() ? child.isNodeType("mgnl:content")
                    : types.stream().anyMatch(type -> isType(child, type.toString()));
            if (allowed) {
                String label = describe != null && child.hasProperty(describe)
                        ? child.getProperty(describe).getString() : child.getName();
                options.add(new DialogSpec.Option(child.getIdentifier(), label));
            }
        }
        return options;
    }

    private static boolean isType(Node node, String type) {
        try {
            return node.isNodeType(type);
        } catch (RepositoryException e) {
            return false; // a type the repository does not know
        }
    }
}
