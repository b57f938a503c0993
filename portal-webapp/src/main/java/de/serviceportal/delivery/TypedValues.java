package de.serviceportal.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * Property values as comparable Java values for filters and ordering: dates as instants, numbers as decimals, so
 * that {@code 9 < 10} and dates compare by time, not by text.
 */
final class TypedValues {

    /** Dates without a time or zone mean local time in the portal's region. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private TypedValues() {
    }

    /** The values of a property (localised if {@code lang} is given and a variant exists); empty if it is missing. */
    static List<Object> of(Node node, String name, String lang) throws RepositoryException {
        Property property = null;
        if (lang != null && node.hasProperty(name + "_" + lang)) {
            property = node.getProperty(name + "_" + lang);
        } else if (node.hasProperty(name)) {
            property = node.getProperty(name);
        }
        List<Object> values = new ArrayList<>();
        if (property == null || property.getType() == PropertyType.BINARY) {
            return values;
        }
        for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
            values.add(switch (value.getType()) {
                case PropertyType.DATE -> value.getDate().toInstant();
                case PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL -> value.getDecimal();
                case PropertyType.BOOLEAN -> value.getBoolean();
                default -> value.getString();
            });
        }
        return values;
    }

    /** A request value read as the type of the property value it is compared with. */
    static Object parseLike(Object sample, String text) {
        if (sample instanceof Instant) {
            return date(text);
        }
        if (sample instanceof BigDecimal) {
            return new BigDecimal(text.trim());
        }
        if (sample instanceof Boolean) {
            if (!"true".equalsIgnoreCase(text) && !"false".equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("true oder false erwartet");
            }
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    static Instant date(String text) {
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZONE).toInstant();
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(value).atZone(ZONE).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' ist kein Datum (ISO 8601, z. B. 2026-11-21)");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return COLLATOR.compare(s, t);
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        return COLLATOR.compare(String.valueOf(a), String.valueOf(b));
    }

    /** German collation so that "Ämter" sorts beside "Amt", not after "Z". */
    private static final java.text.Collator COLLATOR = java.text.Collator.getInstance(java.util.Locale.GERMAN);
}
