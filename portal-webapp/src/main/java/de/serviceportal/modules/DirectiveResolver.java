package de.serviceportal.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a raw YAML tree with directives into plain maps and lists. */
final class DirectiveResolver {

    /** Looks up what directives refer to; both throw {@link ResolutionException} when the target is unusable. */
    interface Targets {
        Object include(String resourcePath);

        Map<String, Object> inherit(String definitionId);
    }

    static final class ResolutionException extends RuntimeException {
        final int line;

        ResolutionException(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private final Targets targets;

    DirectiveResolver(Targets targets) {
        this.targets = targets;
    }

    Object resolve(Object raw) {
        if (raw instanceof Directive.Include include) {
            Object included = resolve(targets.include(include.path()));
            return include.overrides().isEmpty() ? included : Merge.deep(included, resolveMap(include.overrides()));
        }
        if (raw instanceof Directive.Inherit inherit) {
            return Merge.deep(targets.inherit(inherit.id()), resolveMap(inherit.overrides()));
        }
        if (raw instanceof Directive.ContentType contentType) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("contentType", contentType.name());
            return Merge.deep(map, resolveMap(contentType.overrides()));
        }
        if (raw instanceof Directive.Override override) {
            return new Directive.Override(resolve(override.value()));
        }
        if (raw instanceof Map<?, ?> map) {
            return resolveMap(map);
        }
        if (raw instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>(list.size());
            for (Object item : list) {
                resolved.add(resolve(item));
            }
            return resolved;
        }
        return raw;
    }

    private Map<String, Object> resolveMap(Map<?, ?> map) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            resolved.put(String.valueOf(entry.getKey()), resolve(entry.getValue()));
        }
        return resolved;
    }

    /** Removes {@code !override} markers left after merging and freezes the tree. */
    static Object finish(Object value) {
        if (value instanceof Directive.Override override) {
            return finish(override.value());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> finished = new LinkedHashMap<>();
            map.forEach((key, item) -> finished.put(String.valueOf(key), finish(item)));
            return Collections.unmodifiableMap(finished);
        }
        if (value instanceof List<?> list) {
            List<Object> finished = new ArrayList<>(list.size());
            list.forEach(item -> finished.add(finish(item)));
            return Collections.unmodifiableList(finished);
        }
        return value;
    }
}
