package de.serviceportal.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import de.serviceportal.caching.ContentReads;

/**
 * Which components an area shows, in order — the one rule shared by HTML rendering and the headless page model:
 * inherited components first (from the site's home page down, per the area's {@code inheritance}), then the area's
 * own; a single area shows one (the page's own wins, it comes last), a list area at most {@code maxComponents}.
 */
public final class AreaComponents {

    /** A component of an area and whether it comes from an ancestor page. */
    public record Entry(Node node, boolean inherited) {
    }

    private AreaComponents() {
    }

    /**
     * @param owner          the node holding the area (a page, or a component with areas)
     * @param siteRootPath   repository path of the site's home page; inheritance stops there
     */
    public static List<Entry> of(Node owner, String name, Map<?, ?> areaDefinition, String siteRootPath)
            throws RepositoryException {
        String type = areaDefinition.get("type") == null ? "list" : String.valueOf(areaDefinition.get("type"));
        if ("noComponent".equals(type)) {
            return List.of();
        }
        List<Entry> components = new ArrayList<>();
        if (areaDefinition.get("inheritance") instanceof Map<?, ?> settings
                && Boolean.TRUE.equals(settings.get("enabled")) && owner.isNodeType("mgnl:page")) {
            String mode = settings.get("components") == null ? "all" : String.valueOf(settings.get("components"));
            if (!"none".equals(mode)) {
                for (Node ancestor : ancestorPages(owner, siteRootPath)) {
                    ContentReads.node(ancestor); // an inherited area changes where it lives
                    if (ancestor.hasNode(name)) {
                        for (Node component : own(ancestor.getNode(name))) {
                            if ("all".equals(mode) || (component.hasProperty("inheritable")
                                    && component.getProperty("inheritable").getBoolean())) {
                                components.add(new Entry(component, true));
                            }
                        }
                    }
                }
            }
        }
        if (owner.hasNode(name)) {
            for (Node component : own(owner.getNode(name))) {
                components.add(new Entry(component, false));
            }
        }
        if ("single".equals(type) && components.size() > 1) {
            return List.of(components.get(components.size() - 1));
        }
        int max = areaDefinition.get("maxComponents") instanceof Number number && number.intValue() >= 0
                ? number.intValue() : Integer.MAX_VALUE;
        return components.size() > max ? components.subList(0, max) : components;
    }

    /** Ancestor pages inside the site, the site's home page first. */
    private static List<Node> ancestorPages(Node page, String siteRootPath) throws RepositoryException {
        List<Node> ancestors = new ArrayList<>();
        if (siteRootPath == null) {
            return ancestors;
        }
        Node current = page;
        while (!current.getPath().equals(siteRootPath) && current.getPath().startsWith(siteRootPath + "/")) {
            current = current.getParent();
            if (current.isNodeType("mgnl:page")) {
                ancestors.add(0, current);
            }
        }
        return ancestors;
    }

    /** The components stored in an area node, in their order. */
    public static List<Node> own(Node area) throws RepositoryException {
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
