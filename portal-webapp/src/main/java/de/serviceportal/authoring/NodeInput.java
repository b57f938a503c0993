package de.serviceportal.authoring;

import static de.serviceportal.authoring.JsonFields.shape;
import static de.serviceportal.authoring.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A node as a client sends it, in the Nodes API shape: {@code {name, type, properties:[{name, type, multiple,
 * values}], nodes:[…]}}. {@code path} and {@code identifier} may be present (a node read and sent back) and are
 * ignored. Anything else is refused as a wrong shape. Editor screens (not JSON) may also ask to replace the child
 * nodes ({@code replaceNodes}: children not listed are removed, the rest put in the listed order) and upload files.
 */
record NodeInput(String name, String type, List<PropertyInput> properties, List<NodeInput> nodes,
        boolean replaceNodes, java.util.Map<String, NodeValues.Upload> uploads) {

    NodeInput(String name, String type, List<PropertyInput> properties, List<NodeInput> nodes) {
        this(name, type, properties, nodes, false, java.util.Map.of());
    }

    private static final Set<String> NODE_KEYS = Set.of("name", "type", "path", "identifier", "properties", "nodes");
    private static final Set<String> PROPERTY_KEYS = Set.of("name", "type", "multiple", "values");
    private static final int MAX_NESTING = 20;

    /** {@code values} are texts; an empty list removes the property. {@code type} may be null. */
    record PropertyInput(String name, String type, boolean multiple, List<String> values) {
    }

    static NodeInput parse(JsonNode json, boolean nameRequired) {
        return parse(json, nameRequired, 0);
    }

    private static NodeInput parse(JsonNode json, boolean nameRequired, int nesting) {
        if (nesting > MAX_NESTING) {
            throw shape("Knoten sind tiefer als " + MAX_NESTING + " Ebenen verschachtelt.");
        }
        JsonFields.onlyKnown(json, NODE_KEYS, "einem Knoten");
        String name = text(json, "name");
        if (nameRequired && name == null) {
            throw shape("Der Knoten braucht einen Namen („name“).");
        }
        if (name != null) {
            ContentAddress.checkName(name);
        }
        List<PropertyInput> properties = new ArrayList<>();
        for (JsonNode property : array(json, "properties")) {
            properties.add(property(property));
        }
        if (properties.stream().map(PropertyInput::name).distinct().count() != properties.size()) {
            throw shape("Eine Eigenschaft ist mehrfach angegeben.");
        }
        List<NodeInput> nodes = new ArrayList<>();
        for (JsonNode child : array(json, "nodes")) {
            nodes.add(parse(child, true, nesting + 1));
        }
        if (nodes.stream().map(NodeInput::name).distinct().count() != nodes.size()) {
            throw shape("Ein Kindknoten ist mehrfach angegeben.");
        }
        return new NodeInput(name, text(json, "type"), properties, nodes);
    }

    private static PropertyInput property(JsonNode json) {
        JsonFields.onlyKnown(json, PROPERTY_KEYS, "einer Eigenschaft");
        String name = text(json, "name");
        if (name == null || name.isBlank()) {
            throw shape("Die Eigenschaft braucht einen Namen („name“).");
        }
        boolean isMultiple = JsonFields.flag(json, "multiple");
        JsonNode values = json.get("values");
        if (values == null || !values.isArray()) {
            throw shape("Die Eigenschaft „" + name + "“ braucht eine Liste „values“.");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isValueNode() || value.isNull()) {
                throw shape("Werte der Eigenschaft „" + name + "“ müssen Texte, Zahlen oder true/false sein.");
            }
            texts.add(value.asString());
        }
        if (!isMultiple && texts.size() > 1) {
            throw shape("Die Eigenschaft „" + name + "“ hat mehrere Werte, ist aber nicht „multiple“.");
        }
        return new PropertyInput(name, text(json, "type"), isMultiple, texts);
    }

    private static Iterable<JsonNode> array(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw shape("„" + key + "“ muss eine Liste sein.");
        }
        return value;
    }
}
