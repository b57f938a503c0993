package de.serviceportal.modules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Magnolia's merge rule for {@code !include}, {@code !inherit} and decorations: maps merge key by key, everything
 * else (scalars, lists) is replaced, and a value marked {@code !override} replaces even a map.
 */
final class Merge {

    private Merge() {
    }

    static Object deep(Object base, Object overlay) {
        if (overlay instanceof Directive.Override) {
            return overlay;
        }
        if (base instanceof Map<?, ?> baseMap && overlay instanceof Map<?, ?> overlayMap) {
            Map<String, Object> merged = new LinkedHashMap<>();
            baseMap.forEach((key, value) -> merged.put(String.valueOf(key), value));
            overlayMap.forEach((key, value) -> merged.merge(String.valueOf(key), value, Merge::deep));
            return merged;
        }
        return overlay == null ? base : overlay;
    }

    /** Merges {@code overlay} into {@code base} at a dotted property path (decorations). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> base, String dottedPath, Object overlay) {
        if (dottedPath.isEmpty()) {
            return (Map<String, Object>) deep(base, overlay);
        }
        Object nested = overlay;
        String[] keys = dottedPath.split("\\.");
        for (int i = keys.length - 1; i >= 0; i--) {
            Map<String, Object> wrapper = new LinkedHashMap<>();
            wrapper.put(keys[i], nested);
            nested = wrapper;
        }
        return (Map<String, Object>) deep(base, nested);
    }
}
