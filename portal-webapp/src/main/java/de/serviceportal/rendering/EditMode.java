package de.serviceportal.rendering;

import java.util.List;
import java.util.Map;

import javax.jcr.Node;

/**
 * What the page editor adds to a page it has the renderer render: its styles and scripts in the head, a toolbar at
 * the start of the body, and bars around every area and component. The renderer stays the same for citizens and
 * editors; only these hooks differ. Every method returns HTML (already escaped).
 */
public interface EditMode {

    /** Written by {@code [@cms.page/]}, which page scripts put in the head. */
    String head();

    /** Inserted right after {@code <body …>}. */
    String pageBar(Node page);

    /** Before an area's components; the area node may not exist yet (then {@code area} is null). */
    String areaStart(Area area);

    String areaEnd(Area area);

    /** Before a component's own HTML. */
    String componentStart(Component component);

    String componentEnd(Component component);

    /**
     * An area as the page shows it.
     *
     * @param owner       the page or component the area belongs to
     * @param area        the area node, or null while it has no components
     * @param definition  the area's definition ({@code type}, {@code availableComponents}, {@code maxComponents} …)
     * @param components  what it shows, in order, inherited ones first
     */
    record Area(Node owner, String name, Node area, Map<String, Object> definition,
            List<AreaComponents.Entry> components) {
    }

    /**
     * A component as the page shows it.
     *
     * @param templateId  its {@code mgnl:template}
     * @param template    the template definition (its {@code title}, {@code dialog} …)
     * @param inherited   it lives on an ancestor page (editable only there)
     */
    record Component(Node node, String templateId, Map<String, Object> template, boolean inherited) {
    }
}
