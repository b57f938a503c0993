package de.serviceportal.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.Definitions;
import de.serviceportal.rendering.AreaComponents;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;

/**
 * The page model for headless front ends ({@code ?model=page}): the page with the areas its template defines, in the
 * template's order, and each area's components in render order — inherited ones first (from the site's home page
 * down, marked {@code @inherited: true}), as the HTML rendering shows them. Every page, area and component carries
 * the annotations an editor overlay needs: {@code @path}, {@code @template}, {@code @dialog}, {@code @label}.
 */
final class PageModel {

    private final NodeWriter writer;
    private final Definitions definitions;
    private final Optional<Site> site;

    PageModel(NodeWriter writer, Definitions definitions, Optional<Site> site) {
        this.writer = writer;
        this.definitions = definitions;
        this.site = site;
    }

    Map<String, Object> page(Node page) throws RepositoryException {
        return content(page, page, false);
    }

    /** A page or component: its own JSON (no children), annotations and areas. */
    private Map<String, Object> content(Node node, Node page, boolean inherited) throws RepositoryException {
        Map<String, Object> json = writer.write(node, 0);
        String templateId = node.hasProperty("mgnl:template") ? node.getProperty("mgnl:template").getString() : null;
        Optional<Definition> template = templateId == null ? Optional.empty()
                : definitions.get(DefinitionType.TEMPLATE, templateId);
        json.put("@template", templateId);
        template.map(t -> t.string("dialog")).ifPresent(dialog -> json.put("@dialog", dialog));
        template.map(t -> t.string("title")).ifPresent(title -> json.put("@label", title));
        if (!node.isNodeType("mgnl:page")) {
            json.put("@inherited", inherited);
        }
        Map<String, Object> areaDefinitions = template.map(t -> t.map("areas")).orElse(Map.of());
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> area : areaDefinitions.entrySet()) {
            if (area.getValue() instanceof Map<?, ?> definition && !Boolean.FALSE.equals(definition.get("enabled"))) {
                json.put(area.getKey(), area(node, page, area.getKey(), definition, templateId, inherited));
                names.add(area.getKey());
            }
        }
        json.put("@areas", names);
        return json;
    }

    private Map<String, Object> area(Node owner, Node page, String name, Map<?, ?> definition, String templateId,
            boolean inherited) throws RepositoryException {
        Node areaNode = owner.hasNode(name) ? owner.getNode(name) : null;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", name);
        if (areaNode != null) {
            json.putAll(writer.header(areaNode));
        } else {
            // not created yet: the editor overlay still needs where it would be
            json.put("@path", writer.header(owner).get("@path") + "/" + name);
            json.put("@nodeType", "mgnl:area");
        }
        json.put("@template", templateId + "/" + name);
        json.put("@type", String.valueOf(definition.get("type") == null ? "list" : definition.get("type")));
        if (definition.get("title") != null) {
            json.put("@label", String.valueOf(definition.get("title")));
        }
        if (definition.get("dialog") != null) {
            json.put("@dialog", String.valueOf(definition.get("dialog")));
        }
        List<Map<String, Object>> components = new ArrayList<>();
        String siteRoot = site.map(s -> Workspaces.toRepositoryPath(Workspaces.WEBSITE, s.root())).orElse(null);
        for (AreaComponents.Entry component : AreaComponents.of(owner, name, definition, siteRoot)) {
            components.add(content(component.node(), page, inherited || component.inherited()));
        }
        json.put("components", components);
        return json;
    }

}
