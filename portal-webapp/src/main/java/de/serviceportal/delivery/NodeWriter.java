package de.serviceportal.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import de.serviceportal.caching.ContentReads;
import de.serviceportal.dam.Renditions;
import de.serviceportal.modules.Definitions;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;

/**
 * Turns nodes into Magnolia's delivery JSON: {@code @name}, {@code @path}, {@code @id}, {@code @nodeType}, typed
 * properties, children as keyed objects plus {@code @nodes}. One writer serves one request: it remembers the newest
 * modification date it wrote, for Last-Modified.
 */
final class NodeWriter {

    private final Session session;
    private final DeliveryEndpoint endpoint;
    private final IdentifierLookup lookup;
    private final String lang;
    private final Set<String> languages;
    private final Definitions definitions;
    private Instant newest;

    /**
     * @param lang      requested language or null; {@code title_<lang>} then wins over {@code title}, which holds
     *                  the site's default language and is the fallback
     * @param languages all languages of all sites: their suffixed variants are hidden when a language is asked for
     */
    NodeWriter(Session session, DeliveryEndpoint endpoint, IdentifierLookup lookup, String lang,
            Set<String> languages, Definitions definitions) {
        this.session = session;
        this.definitions = definitions;
        this.endpoint = endpoint;
        this.lookup = lookup;
        this.lang = lang;
        this.languages = languages;
    }

    Instant newest() {
        return newest;
    }

    Map<String, Object> write(Node node, int depth) throws RepositoryException {
        return write(node, depth, 0);
    }

    private Map<String, Object> write(Node node, int depth, int referenceLevel) throws RepositoryException {
        Map<String, Object> json = header(node);
        for (Map.Entry<String, Object> property : properties(node).entrySet()) {
            json.put(property.getKey(), resolve(property.getKey(), property.getValue(), referenceLevel));
        }
        remember(node);
        if (depth > 0) {
            List<String> names = new ArrayList<>();
            for (Node child : children(node)) {
                json.put(child.getName(), write(child, depth - 1, referenceLevel));
                names.add(child.getName());
            }
            json.put("@nodes", names);
        }
        return json;
    }

    /** The children the endpoint shows ({@code childNodeTypes}), in JCR order. */
    List<Node> children(Node node) throws RepositoryException {
        List<Node> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isChildType(child)) {
                children.add(child);
            }
        }
        return children;
    }

    private boolean isChildType(Node child) throws RepositoryException {
        if (endpoint.childNodeTypes().isEmpty()) {
            return !child.getName().startsWith("jcr:") && !child.getName().startsWith("rep:");
        }
        return endpoint.childNodeTypes().contains(child.getPrimaryNodeType().getName());
    }

    Map<String, Object> header(Node node) throws RepositoryException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", node.getDepth() == 1 ? "" : node.getName());
        String workspacePath = Workspaces.toWorkspacePath(node.getPath());
        json.put("@path", endpoint.workspace().equals(Workspaces.workspaceOf(node.getPath()))
                ? endpoint.relativePath(workspacePath) : workspacePath);
        json.put("@id", node.getIdentifier());
        json.put("@nodeType", node.getPrimaryNodeType().getName());
        return json;
    }

    /** The node's visible properties, typed and localised, by name. */
    Map<String, Object> properties(Node node) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> localised = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (property.getType() == PropertyType.BINARY || (!endpoint.includeSystemProperties() && isSystem(name))) {
                continue;
            }
            Object value = value(property);
            String base = languageBase(name);
            if (lang != null && base != null) {
                if (name.endsWith("_" + lang)) {
                    localised.put(base, value);
                }
                continue;
            }
            values.put(name, value);
        }
        values.putAll(localised);
        return values;
    }

    /** The name without a language suffix if it has one of the sites' languages, else null. */
    private String languageBase(String name) {
        int underscore = name.lastIndexOf('_');
        if (underscore <= 0 || !languages.contains(name.substring(underscore + 1))) {
            return null;
        }
        return name.substring(0, underscore);
    }

    static boolean isSystem(String name) {
        return name.startsWith("mgnl:") || name.startsWith("jcr:") || name.startsWith("rep:");
    }

    static Object value(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<Object> list = new ArrayList<>();
            for (Value value : property.getValues()) {
                list.add(value(value));
            }
            return list;
        }
        return value(property.getValue());
    }

    private static Object value(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.DECIMAL -> value.getDecimal();
            case PropertyType.DATE -> iso(value.getDate());
            default -> value.getString();
        };
    }

    static String iso(Calendar calendar) {
        return OffsetDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId()).toString();
    }

    private void remember(Node node) throws RepositoryException {
        for (String name : new String[] {"mgnl:lastModified", "mgnl:created"}) {
            if (node.hasProperty(name) && node.getProperty(name).getType() == PropertyType.DATE) {
                Instant instant = node.getProperty(name).getDate().toInstant();
                if (newest == null || instant.isAfter(newest)) {
                    newest = instant;
                }
                return;
            }
        }
    }

    private Object resolve(String name, Object value, int referenceLevel) throws RepositoryException {
        if (referenceLevel >= endpoint.referenceDepth()) {
            return value;
        }
        for (DeliveryEndpoint.Reference reference : endpoint.references()) {
            if (reference.propertyName().matcher(name).matches()) {
                if (value instanceof List<?> list) {
                    List<Object> resolved = new ArrayList<>();
                    for (Object item : list) {
                        resolved.add(resolveOne(reference, item, referenceLevel));
                    }
                    return resolved;
                }
                return resolveOne(reference, value, referenceLevel);
            }
        }
        return value;
    }

    /** The referenced node's JSON, or the raw value when it points nowhere (a deleted page stays visible as such). */
    private Object resolveOne(DeliveryEndpoint.Reference reference, Object value, int referenceLevel)
            throws RepositoryException {
        if (!(value instanceof String text) || text.isBlank()) {
            return value;
        }
        String identifier = text.startsWith("jcr:") ? text.substring(4) : text;
        ContentReads.identifier(identifier);
        Node target = lookup.find(session, identifier);
        if (target == null || !reference.targetWorkspace().equals(Workspaces.workspaceOf(target.getPath()))) {
            return value;
        }
        if (reference.asset()) {
            if (!target.isNodeType("mgnl:asset")) {
                return value;
            }
            Map<String, Object> asset = asset(target);
            Map<String, Object> renditions = renditions(target, reference.assetRenditions());
            if (!renditions.isEmpty()) {
                asset.put("renditions", renditions);
            }
            return asset;
        }
        return write(target, 0, referenceLevel + 1);
    }

    /**
     * Magnolia's shape of resolved renditions: {@code {name: {mimeType, link}}} for each named variation a theme
     * defines; an image that cannot be scaled links its original. Documents have none.
     */
    private Map<String, Object> renditions(Node asset, List<String> names) throws RepositoryException {
        Map<String, Object> renditions = new LinkedHashMap<>();
        String mimeType = asset.hasNode("jcr:content") ? string(asset.getNode("jcr:content"), "jcr:mimeType") : null;
        if (definitions == null || mimeType == null || !mimeType.startsWith("image/")) {
            return renditions;
        }
        for (String name : names) {
            java.util.Optional<Renditions.Variation> variation = Renditions.find(definitions, null, name);
            if (variation.isPresent()) {
                Map<String, Object> rendition = new LinkedHashMap<>();
                rendition.put("mimeType", mimeType);
                rendition.put("link", Renditions.link(variation.get(), asset));
                renditions.put(name, rendition);
            }
        }
        return renditions;
    }

    static Map<String, Object> asset(Node asset) throws RepositoryException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@id", asset.getIdentifier());
        json.put("@name", asset.getName());
        json.put("@path", Workspaces.toWorkspacePath(asset.getPath()));
        json.put("title", string(asset, "title"));
        json.put("alt", asset.hasProperty("alt") ? string(asset, "alt") : string(asset, "alternativeText"));
        json.put("caption", string(asset, "caption"));
        String fileName = asset.getName();
        if (asset.hasNode("jcr:content")) {
            Node resource = asset.getNode("jcr:content");
            if (resource.hasProperty("fileName")) {
                fileName = resource.getProperty("fileName").getString();
            }
            json.put("mimeType", string(resource, "jcr:mimeType"));
            json.put("size", resource.hasProperty("size") ? resource.getProperty("size").getLong()
                    : resource.hasProperty("jcr:data") ? resource.getProperty("jcr:data").getLength() : null);
            json.put("width", resource.hasProperty("width") ? resource.getProperty("width").getLong() : null);
            json.put("height", resource.hasProperty("height") ? resource.getProperty("height").getLong() : null);
        }
        json.put("link", "/dam/jcr:" + asset.getIdentifier() + "/"
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        json.values().removeIf(java.util.Objects::isNull);
        return json;
    }

    private static String string(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }
}
