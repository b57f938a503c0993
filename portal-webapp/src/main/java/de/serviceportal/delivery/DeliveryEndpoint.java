package de.serviceportal.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.serviceportal.modules.Definition;

/**
 * A delivery endpoint from a light module's {@code restEndpoints/delivery/<name>_v1.yaml}, in Magnolia's keys. Both
 * our {@code $type: jcrDeliveryEndpoint_v2} and Magnolia's {@code class: …JcrDeliveryEndpoint} are accepted so that
 * Magnolia light modules work unchanged.
 *
 * @param name      URL name: {@code endpointPath} if given, else the file name without {@code _v1}
 * @param rootPath  workspace path that request paths are relative to
 * @param depth     levels of children included below a requested node
 * @param limit     the largest page size a query may ask for
 */
record DeliveryEndpoint(String id, String name, String workspace, String rootPath, int depth, List<String> nodeTypes,
        List<String> childNodeTypes, boolean includeSystemProperties, int limit, List<Reference> references,
        int referenceDepth, List<String> allowedOrigins, List<String> allowedMethods) {

    static final String TYPE = "jcrDeliveryEndpoint_v2";
    static final String MAGNOLIA_CLASS = "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpoint";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /**
     * A property-name pattern and how its values are resolved; {@code assetRenditions} names the theme
     * variations an asset resolver adds as {@code renditions: {name: {mimeType, link}}}.
     */
    record Reference(Pattern propertyName, boolean asset, String targetWorkspace, List<String> assetRenditions) {
    }

    /** The endpoint a definition declares, or empty if it is no delivery endpoint (another REST endpoint kind). */
    static Optional<DeliveryEndpoint> of(Definition definition) {
        Map<String, Object> p = definition.properties();
        boolean delivery = TYPE.equals(p.get("$type")) || MAGNOLIA_CLASS.equals(p.get("class"));
        String path = definition.name();
        if (!delivery || !path.startsWith("delivery/")) {
            return Optional.empty();
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String name = p.get("endpointPath") != null ? trimSlashes(String.valueOf(p.get("endpointPath")))
                : fileName.replaceFirst("_v\\d+$", "");
        if (name.startsWith("delivery/")) {
            name = name.substring("delivery/".length());
        }
        name = name.replaceFirst("/v\\d+$", "");
        String rootPath = string(p, "rootPath", "/");
        boolean system = Boolean.parseBoolean(string(p, "includeSystemProperties",
                string(p, "systemProperties", "false")));
        int limit = Math.min(MAX_LIMIT, integer(p, "limit", DEFAULT_LIMIT));
        List<Reference> references = new ArrayList<>();
        if (p.get("references") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> reference && reference.get("propertyName") != null) {
                    Map<?, ?> resolver = reference.get("referenceResolver") instanceof Map<?, ?> m ? m : Map.of();
                    String type = String.valueOf(resolver.get("$type") != null ? resolver.get("$type")
                            : resolver.get("class"));
                    boolean asset = type.toLowerCase().contains("asset");
                    Object target = resolver.get("targetWorkspace");
                    references.add(new Reference(Pattern.compile(String.valueOf(reference.get("propertyName"))),
                            asset, target != null ? String.valueOf(target) : asset ? "dam" : "website",
                            strings(resolver.get("assetRenditions"))));
                }
            }
        }
        Map<?, ?> cors = p.get("cors") instanceof Map<?, ?> m ? m : Map.of();
        return Optional.of(new DeliveryEndpoint(definition.id(), name, string(p, "workspace", "website"),
                "/".equals(rootPath) ? "/" : trimTrailing(rootPath), integer(p, "depth", 1), strings(p.get("nodeTypes")),
                strings(p.get("childNodeTypes")), system, limit, List.copyOf(references),
                integer(p, "referenceDepth", 1), strings(cors.get("allowedOrigins")),
                cors.get("allowedMethods") == null ? List.of("GET") : strings(cors.get("allowedMethods"))));
    }

    /** Workspace path of a path relative to the root path. */
    String workspacePath(String relative) {
        if (relative.isEmpty() || "/".equals(relative)) {
            return rootPath;
        }
        return ("/".equals(rootPath) ? "" : rootPath) + relative;
    }

    /** Path relative to the root path, as Magnolia shows it in {@code @path}. */
    String relativePath(String workspacePath) {
        if ("/".equals(rootPath)) {
            return workspacePath;
        }
        String rest = workspacePath.substring(rootPath.length());
        return rest.isEmpty() ? "/" : rest;
    }

    boolean allowsOrigin(String origin) {
        return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
    }

    private static String string(Map<String, Object> p, String key, String fallback) {
        Object value = p.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    private static int integer(Map<String, Object> p, String key, int fallback) {
        Object value = p.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static String trimSlashes(String value) {
        return value.replaceAll("^/+|/+$", "");
    }

    private static String trimTrailing(String value) {
        String path = value.startsWith("/") ? value : "/" + value;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
