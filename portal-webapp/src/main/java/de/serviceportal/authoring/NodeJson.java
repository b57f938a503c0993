package de.serviceportal.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import de.serviceportal.repository.Workspaces;

/**
 * A node in the shape of Magnolia's Nodes API: {@code {name, type, path, identifier, properties:[{name, type,
 * multiple, values}], nodes:[…]}}, values as texts. System properties (mgnl:, jcr:) only with
 * {@code includeMetadata}; binary values are left out (their property is listed with no values).
 */
final class NodeJson {

    /** Deeper requests are answered with this depth. */
    static final int MAX_DEPTH = 5;

    private NodeJson() {
    }

    static Map<String, Object> write(Node node, int depth, boolean includeMetadata) throws RepositoryException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", node.getDepth() <= 1 ? "" : node.getName());
        json.put("type", node.getPrimaryNodeType().getName());
        json.put("path", Workspaces.toWorkspacePath(node.getPath()));
        json.put("identifier", node.getIdentifier());
        List<Map<String, Object>> properties = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (includeMetadata || !isSystem(property.getName())) {
                properties.add(property(property));
            }
        }
        json.put("properties", properties);
        if (depth > 0) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (!child.getName().startsWith("rep:")) {
                    nodes.add(write(child, depth - 1, includeMetadata));
                }
            }
            json.put("nodes", nodes);
        }
        return json;
    }

    static boolean isSystem(String name) {
        return name.startsWith("mgnl:") || name.startsWith("jcr:") || name.startsWith("rep:");
    }

    private static Map<String, Object> property(Property property) throws RepositoryException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", property.getName());
        json.put("type", PropertyType.nameFromValue(property.getType()));
        json.put("multiple", property.isMultiple());
        List<String> values = new ArrayList<>();
        if (property.getType() != PropertyType.BINARY) {
            for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                values.add(value.getString());
            }
        }
        json.put("values", values);
        return json;
    }
}
