package de.serviceportal.modules;

import java.util.Map;

/**
 * A registered definition with its directives resolved and decorations applied.
 *
 * @param id         {@code <module>:<path>}, e.g. {@code portal-theme:pages/home}
 * @param source     the module resource it was read from
 * @param properties the definition as nested maps, lists and scalars (read-only)
 */
public record Definition(String id, DefinitionType type, ModuleResource source, Map<String, Object> properties) {

    public String module() {
        return source.module();
    }

    /** The name part of the id, e.g. {@code pages/home}. */
    public String name() {
        return id.substring(id.indexOf(':') + 1);
    }

    public String string(String key) {
        Object value = properties.get(key);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object value = properties.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
