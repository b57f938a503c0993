package de.serviceportal.authoring;

import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * What an area takes, as its definition says: only its {@code availableComponents}, none in a
 * {@code noComponent} area, one in a {@code single} area, at most {@code maxComponents} in a list.
 */
final class AreaRules {

    private AreaRules() {
    }

    static void check(Map<String, Object> area, String areaName, String template, Node areaNode, Dialogs dialogs)
            throws RepositoryException {
        if (!dialogs.templateExists(template)) {
            throw AuthoringException.badRequest("Die Vorlage „" + template + "“ gibt es nicht.");
        }
        String type = area.get("type") == null ? "list" : String.valueOf(area.get("type"));
        if ("noComponent".equals(type) || !offers(area, template)) {
            throw AuthoringException.conflict("Diese Komponente kann im Bereich „" + areaName
                    + "“ nicht eingefügt werden.");
        }
        int max = "single".equals(type) ? 1 : area.get("maxComponents") instanceof Number n ? n.intValue()
                : Integer.MAX_VALUE;
        if (areaNode != null && components(areaNode) >= max) {
            throw AuthoringException.conflict("Der Bereich „" + areaName + "“ ist voll: er nimmt höchstens " + max
                    + (max == 1 ? " Komponente" : " Komponenten") + " auf.");
        }
    }

    private static boolean offers(Map<String, Object> area, String template) {
        if (area.get("availableComponents") instanceof Map<?, ?> components) {
            for (Object entry : components.values()) {
                if (entry instanceof Map<?, ?> component && template.equals(String.valueOf(component.get("id")))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long components(Node area) throws RepositoryException {
        long count = 0;
        for (NodeIterator children = area.getNodes(); children.hasNext();) {
            if (children.nextNode().isNodeType("mgnl:component")) {
                count++;
            }
        }
        return count;
    }

    /** The first of "0", "1", "2" … not yet taken, as Magnolia numbers new components. */
    static String freeName(Node area) throws RepositoryException {
        for (int i = 0;; i++) {
            if (!area.hasNode(Integer.toString(i))) {
                return Integer.toString(i);
            }
        }
    }
}
