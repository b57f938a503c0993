package de.serviceportal.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One query filter {@code prop[op]=value}. Operands are parsed against the type of the property they meet (a date
 * property compares with dates), so an invalid date fails with 400 as soon as it meets a date — and at once for the
 * well-known date properties.
 */
record Filter(String parameter, String property, String operator, List<String> operands) {

    static final Set<String> OPERATORS = Set.of("eq", "ne", "lt", "lte", "gt", "gte", "like", "in", "not-in", "null");
    private static final Set<String> DATE_PROPERTIES = Set.of("mgnl:created", "mgnl:lastModified",
            "mgnl:lastActivated", "jcr:created", "jcr:lastModified");

    static Filter parse(String parameter, String value) {
        String property = parameter;
        String operator = "eq";
        int bracket = parameter.indexOf('[');
        if (bracket >= 0) {
            if (!parameter.endsWith("]") || bracket == 0) {
                throw DeliveryException.invalidParameter(parameter, "Filter in der Form eigenschaft[operator]=wert");
            }
            property = parameter.substring(0, bracket);
            operator = parameter.substring(bracket + 1, parameter.length() - 1);
        }
        if (!OPERATORS.contains(operator)) {
            throw DeliveryException.invalidParameter(parameter, "unbekannter Operator '" + operator
                    + "' (erlaubt: eq, ne, lt, lte, gt, gte, like, in, not-in, null)");
        }
        List<String> operands = "in".equals(operator) || "not-in".equals(operator)
                ? List.of(value.split("\\|", -1)) : List.of(value);
        if ("null".equals(operator) && !"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw DeliveryException.invalidParameter(parameter, "null erwartet true oder false");
        }
        Filter filter = new Filter(parameter, property, operator, operands);
        if (DATE_PROPERTIES.contains(property) && !"null".equals(operator) && !"like".equals(operator)) {
            filter.matches(List.of(java.time.Instant.EPOCH)); // validates the dates now
        }
        return filter;
    }

    /** Whether a node with these property values passes. A missing property passes only {@code [null]=true}. */
    boolean matches(List<Object> values) {
        if ("null".equals(operator)) {
            return values.isEmpty() == Boolean.parseBoolean(operands.get(0));
        }
        if (values.isEmpty()) {
            return false;
        }
        try {
            return switch (operator) {
                case "ne" -> values.stream().noneMatch(v -> TypedValues.compare(v, operand(v, 0)) == 0);
                case "not-in" -> values.stream().noneMatch(this::inAny);
                case "in" -> values.stream().anyMatch(this::inAny);
                default -> values.stream().anyMatch(this::single);
            };
        } catch (IllegalArgumentException e) {
            throw DeliveryException.invalidParameter(parameter, e.getMessage() == null
                    ? "ungültiger Wert" : e.getMessage());
        }
    }

    private boolean single(Object value) {
        if ("like".equals(operator)) {
            return String.valueOf(value).matches(likePattern(operands.get(0)));
        }
        int c = TypedValues.compare(value, operand(value, 0));
        return switch (operator) {
            case "eq" -> c == 0;
            case "lt" -> c < 0;
            case "lte" -> c <= 0;
            case "gt" -> c > 0;
            case "gte" -> c >= 0;
            default -> false;
        };
    }

    /** In one of the listed values or inside one of the {@code a~b} ranges (both ends included). */
    private boolean inAny(Object value) {
        for (String operand : operands) {
            int tilde = operand.indexOf('~');
            if (tilde >= 0 && !(value instanceof String)) {
                Object from = parse(value, operand.substring(0, tilde));
                Object to = parse(value, operand.substring(tilde + 1));
                if (TypedValues.compare(value, from) >= 0 && TypedValues.compare(value, to) <= 0) {
                    return true;
                }
            } else if (TypedValues.compare(value, parse(value, operand)) == 0) {
                return true;
            }
        }
        return false;
    }

    private Object operand(Object sample, int index) {
        return parse(sample, operands.get(index));
    }

    private Object parse(Object sample, String text) {
        try {
            return TypedValues.parseLike(sample, text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' ist keine Zahl");
        }
    }

    /** SQL LIKE with {@code %} as wildcard; everything else literal. */
    private static String likePattern(String like) {
        List<String> parts = new ArrayList<>();
        for (String part : like.split("%", -1)) {
            parts.add(java.util.regex.Pattern.quote(part));
        }
        return "(?s)" + String.join(".*", parts);
    }
}
