package de.serviceportal.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.PropertyType;

/** Namespace prefixes used by content and the well-known URIs for offline conversion. */
final class Namespaces {

    /** Prefixes every Magnolia/JCR repository knows; used when no repository is at hand. */
    static final Map<String, String> WELL_KNOWN = Map.of(
            "jcr", "http://www.jcp.org/jcr/1.0",
            "nt", "http://www.jcp.org/jcr/nt/1.0",
            "mix", "http://www.jcp.org/jcr/mix/1.0",
            "sv", SystemViewEvents.SV,
            "mgnl", "http://www.magnolia.info/jcr/mgnl",
            "rep", "internal");

    private Namespaces() {
    }

    /** Every prefix used in names or NAME/PATH values, mapped to the first line where it occurs. */
    static Map<String, Integer> usedPrefixes(List<ContentNode> roots) {
        Map<String, Integer> used = new LinkedHashMap<>();
        for (ContentNode root : roots) {
            collect(root, used);
        }
        return used;
    }

    private static void collect(ContentNode node, Map<String, Integer> used) {
        add(node.name, node.line, used);
        for (ContentProperty property : node.properties) {
            add(property.name(), property.line(), used);
            if (property.type() == PropertyType.NAME) {
                property.values().forEach(v -> add(v, property.line(), used));
            } else if (property.type() == PropertyType.PATH) {
                for (String value : property.values()) {
                    for (String segment : value.split("/")) {
                        add(segment.replaceFirst("\\[\\d+]$", ""), property.line(), used);
                    }
                }
            }
        }
        for (ContentNode child : node.children) {
            collect(child, used);
        }
    }

    private static void add(String name, int line, Map<String, Integer> used) {
        String prefix = Values.prefix(name);
        if (!prefix.isEmpty()) {
            used.putIfAbsent(prefix, line);
        }
    }
}
