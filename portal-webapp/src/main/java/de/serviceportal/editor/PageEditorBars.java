package de.serviceportal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.Definitions;
import de.serviceportal.rendering.AreaComponents;
import de.serviceportal.rendering.EditMode;
import de.serviceportal.repository.Stamps;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;

/**
 * The page editor's bars for one rendering of one page: a toolbar, then per area an "add" choice and per component
 * edit, move and delete controls. Plain links and forms, so it works without JavaScript; page-editor.js adds drag and
 * drop. Inherited components show where they live instead of controls.
 */
final class PageEditorBars implements EditMode {

    private final EditorTemplates templates;
    private final Definitions definitions;
    private final Site site;
    private final String pagePath;
    private final String language;
    private final String csrf;
    private final String notice;

    PageEditorBars(EditorTemplates templates, Definitions definitions, Site site, String pagePath, String language,
            String csrf, String notice) {
        this.templates = templates;
        this.definitions = definitions;
        this.site = site;
        this.pagePath = pagePath;
        this.language = language;
        this.csrf = csrf;
        this.notice = notice;
    }

    @Override
    public String head() {
        return "<link rel=\"stylesheet\" href=\"/.editor/assets/page-editor.css\">\n"
                + "<script src=\"/.editor/assets/page-editor.js\" defer></script>\n";
    }

    @Override
    public String pageBar(Node page) {
        Map<String, Object> model = base();
        try {
            model.put("title", page.hasProperty("title") ? page.getProperty("title").getString() : page.getName());
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String tag : site.languages()) {
            languages.add(Map.of("tag", tag, "label", PageEditorController.languageName(tag),
                    "current", tag.equals(language)));
        }
        model.put("languages", languages);
        model.put("notice", notice == null ? "" : notice);
        return templates.render("page-editor-toolbar.ftl", model);
    }

    @Override
    public String areaStart(Area area) {
        try {
            Map<String, Object> model = base();
            String areaPath = Workspaces.toWorkspacePath(area.owner().getPath()) + "/" + area.name();
            Object title = area.definition().get("title");
            model.put("label", title == null ? area.name() : String.valueOf(title));
            model.put("areaPath", areaPath);
            String type = String.valueOf(area.definition().getOrDefault("type", "list"));
            long own = area.components().stream().filter(entry -> !entry.inherited()).count();
            int max = "single".equals(type) ? 1 : area.definition().get("maxComponents") instanceof Number n
                    ? n.intValue() : Integer.MAX_VALUE;
            model.put("full", own >= max);
            model.put("max", max == Integer.MAX_VALUE ? 0 : max);
            model.put("available", "noComponent".equals(type) ? List.of() : available(area.definition()));
            return templates.render("page-editor-area.ftl", model);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String areaEnd(Area area) {
        return "</div>\n";
    }

    @Override
    public String componentStart(Component component) {
        try {
            Node node = component.node();
            Map<String, Object> model = base();
            model.put("path", Workspaces.toWorkspacePath(node.getPath()));
            model.put("id", node.getIdentifier());
            model.put("name", node.getName());
            model.put("label", label(component));
            model.put("editable", component.template().get("dialog") != null);
            model.put("inherited", component.inherited());
            if (component.inherited()) {
                Node owner = Stamps.page(node);
                model.put("ownerPath", Workspaces.toWorkspacePath(owner.getPath()));
                model.put("ownerTitle", owner.hasProperty("title") ? owner.getProperty("title").getString()
                        : owner.getName());
                model.put("previous", "");
                model.put("next", "");
            } else {
                List<String> siblings = siblings(node.getParent());
                int index = siblings.indexOf(node.getName());
                model.put("previous", index > 0 ? siblings.get(index - 1) : "");
                model.put("next", index < siblings.size() - 1 ? siblings.get(index + 1) : "");
            }
            return templates.render("page-editor-component.ftl", model);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String componentEnd(Component component) {
        return "</div>\n";
    }

    private Map<String, Object> base() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", pagePath);
        model.put("lang", language);
        model.put("csrf", csrf);
        return model;
    }

    /** The area's components editors may add, with the titles of their templates. */
    private List<Map<String, String>> available(Map<String, Object> areaDefinition) {
        List<Map<String, String>> choices = new ArrayList<>();
        if (areaDefinition.get("availableComponents") instanceof Map<?, ?> components) {
            for (Object entry : components.values()) {
                if (entry instanceof Map<?, ?> component && component.get("id") != null) {
                    String id = String.valueOf(component.get("id"));
                    String title = definitions.get(DefinitionType.TEMPLATE, id)
                            .map(definition -> definition.string("title")).orElse(null);
                    choices.add(Map.of("id", id, "title", title == null ? id : title));
                }
            }
        }
        return choices;
    }

    /** "Text: Wir sind für Sie da" — the template's title and the component's own heading, if it has one. */
    private static String label(Component component) throws RepositoryException {
        Object title = component.template().get("title");
        String label = title == null ? component.templateId() : String.valueOf(title);
        for (String property : new String[] {"headline", "title", "heading"}) {
            if (component.node().hasProperty(property)) {
                String text = component.node().getProperty(property).getString().strip();
                if (!text.isEmpty()) {
                    return label + ": " + (text.length() > 60 ? text.substring(0, 59) + "…" : text);
                }
            }
        }
        return label;
    }

    private static List<String> siblings(Node area) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (Node component : AreaComponents.own(area)) {
            names.add(component.getName());
        }
        return names;
    }
}
