package de.serviceportal.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node's values as an editor screen submits them, for {@link ContentEditing}: properties by name (an empty list
 * removes the property), child nodes by name (a composite field's node, a multi field's entries), and uploads.
 * {@code replaceNodes}: child nodes not listed are removed (entries the editor deleted), the rest keep the listed
 * order.
 */
public record NodeValues(Map<String, List<String>> properties, Map<String, NodeValues> nodes, boolean replaceNodes,
        Map<String, Upload> uploads) {

    /** A file for an upload field's child node; {@code data} null removes the stored file. */
    public record Upload(String fileName, String mimeType, byte[] data) {
    }

    NodeInput toInput(String name, String type) {
        List<NodeInput.PropertyInput> properties = new ArrayList<>();
        this.properties.forEach((property, values) -> properties.add(new NodeInput.PropertyInput(property, null,
                values.size() > 1, List.copyOf(values))));
        List<NodeInput> children = new ArrayList<>();
        nodes.forEach((child, values) -> children.add(values.toInput(child, null)));
        return new NodeInput(name, type, properties, children, replaceNodes, Map.copyOf(uploads));
    }
}
