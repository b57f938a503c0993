package de.serviceportal.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a {@link ComponentModel} may know about the component being rendered. */
public interface ComponentRequest {

    /**
     * The component's own properties as the editor set them (strings, {@code Long}, {@code Double},
     * {@code java.math.BigDecimal}, {@code Boolean}, {@code java.time.OffsetDateTime}; multiple values as lists).
     */
    Map<String, Object> properties();

    /** The site being rendered, e.g. {@code merseburg} (to read {@link SiteSettings}). */
    String site();

    /** The language of the page. */
    Locale locale();

    /** The request's query parameters (untrusted input). */
    Map<String, List<String>> parameters();

    /** The first value of a query parameter, or null. */
    default String parameter(String name) {
        List<String> values = parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
