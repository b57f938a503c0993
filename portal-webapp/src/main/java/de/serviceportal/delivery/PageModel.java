package de.serviceportal.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.Definitions;
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
        if (!"noComponent".equals(json.get("@type"))) {
            if (owner.isNodeType("mgnl:page") && definition.get("inheritance") instanceof Map<?, ?> inheritance
                    && Boolean.TRUE.equals(inheritance.get("enabled"))) {
                String mode = inheritance.get("components") == null ? "all"
                        : String.valueOf(inheritance.get("components"));
                for (Node ancestor : inheritingAncestors(owner)) {
                    if (!"none".equals(mode) && ancestor.hasNode(name)) {
                        for (Node component : components(ancestor.getNode(name))) {
                            if ("all".equals(mode) || (component.hasProperty("inheritable")
                                    && component.getProperty("inheritable").getBoolean())) {
                                components.add(content(component, page, true));
                            }
                        }
                    }
                }
            }
            if (areaNode != null) {
                for (Node component : components(areaNode)) {
                    components.add(content(component, page, inherited));
                }
            }
            if ("single".equals(json.get("@type")) && components.size() > 1) {
                // the page's own component wins over an inherited one, as in rendering
                components = List.of(components.get(components.size() - 1));
            }
        }
        json.put("components", components);
        return json;
    }

    /** Ancestor pages inside the page's site, the site's home page first. */
    private List<Node> inheritingAncestors(Node page) throws RepositoryException {
        List<Node> ancestors = new ArrayList<>();
        if (site.isEmpty()) {
            return ancestors;
        }
        String siteRoot = Workspaces.toRepositoryPath(Workspaces.WEBSITE, site.get().root());
        Node current = page;
        while (!current.getPath().equals(siteRoot) && current.getPath().startsWith(siteRoot + "/")) {
            current = current.getParent();
            if (current.isNodeType("mgnl:page")) {
                ancestors.add(0, current);
            }
        }
        return ancestors;
    }

    private static List<Node> components(Node area) throws RepositoryException {
        List<Node> components = new ArrayList<>();
        for (NodeIterator it = area.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:component")) {
                components.add(child);
            }
        }
        return components;
    }
}
