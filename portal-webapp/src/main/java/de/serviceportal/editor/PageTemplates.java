package de.serviceportal.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.LightModuleRegistry;

/**
 * Which page templates an editor may choose for a new page at a place in the tree: only {@code visible} ones, and
 * by their {@code type} — a {@code home} page starts a site (top level only), everything else lives below one;
 * a {@code section} groups pages, so it is not offered under a plain {@code content} page.
 */
@Component
class PageTemplates {

    /** One template an editor can choose. */
    record Choice(String id, String title, String description) {
    }

    private static final Set<String> BELOW_CONTENT = Set.of("content");

    private final LightModuleRegistry modules;

    PageTemplates(LightModuleRegistry modules) {
        this.modules = modules;
    }

    /** The choices under a page with template {@code parentTemplate}; null means the top level of the website. */
    List<Choice> allowedUnder(String parentTemplate) {
        String parentType = parentTemplate == null ? null
                : modules.current().get(DefinitionType.TEMPLATE, parentTemplate).map(PageTemplates::type).orElse("");
        return modules.current().all(DefinitionType.TEMPLATE).stream()
                .filter(PageTemplates::isPage)
                .filter(template -> !"false".equals(template.string("visible")))
                .filter(template -> fits(type(template), parentType))
                .map(template -> new Choice(template.id(), title(template), description(template)))
                .sorted(Comparator.comparing(Choice::title))
                .toList();
    }

    /** Whether a page with template {@code template} may live under a page with {@code parentTemplate}. */
    boolean allowed(String template, String parentTemplate) {
        return allowedUnder(parentTemplate).stream().anyMatch(choice -> choice.id().equals(template));
    }

    /** How editors know a template: its title, or its id if it has none. */
    String title(String template) {
        return modules.current().get(DefinitionType.TEMPLATE, template).map(PageTemplates::title)
                .orElse(template == null || template.isEmpty() ? "ohne Vorlage" : template);
    }

    private static boolean fits(String type, String parentType) {
        if (parentType == null) {
            return "home".equals(type);
        }
        if ("home".equals(type)) {
            return false;
        }
        return !BELOW_CONTENT.contains(parentType) || !"section".equals(type);
    }

    private static boolean isPage(Definition template) {
        return template.id().contains(":pages/");
    }

    private static String type(Definition template) {
        String type = template.string("type");
        return type == null ? "" : type;
    }

    private static String title(Definition template) {
        String title = template.string("title");
        return title == null || title.isBlank() ? template.id() : title;
    }

    private static String description(Definition template) {
        String description = template.string("description");
        return description == null ? "" : description;
    }
}
