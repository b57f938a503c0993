package de.serviceportal.modules;

import java.util.Map;

/** Magnolia YAML directives as read, before resolution. */
sealed interface Directive {

    /** {@code !include:/module/includes/x.yaml}, optionally followed by keys that override the included ones. */
    record Include(String path, Map<String, Object> overrides, int line) implements Directive {
    }

    /** {@code !inherit:<definition-id>} with keys that override the inherited definition's. */
    record Inherit(String id, Map<String, Object> overrides, int line) implements Directive {
    }

    /** {@code !content-type:<name>} (content apps), kept as property {@code contentType}. */
    record ContentType(String name, Map<String, Object> overrides, int line) implements Directive {
    }

    /** {@code !override}: the value replaces what it would otherwise be merged with. */
    record Override(Object value) implements Directive {
    }
}
