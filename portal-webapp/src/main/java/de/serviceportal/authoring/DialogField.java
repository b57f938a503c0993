package de.serviceportal.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.jcr.PropertyType;

/**
 * One field of a dialog, reduced to what validation needs. Read from Magnolia 6 definitions
 * ({@code $type}, {@code type: java.lang.Long}, {@code validators: {name: {$type: regexpValidator, pattern}}},
 * {@code datasource: {$type: optionListDatasource, options}}) and from the legacy 5 UI form ({@code fieldType},
 * {@code class}, validators as a list with {@code class}).
 *
 * @param valueType  the JCR property type the field stores
 * @param childNodes the field stores child nodes, not a property (compositeField, jcrMultiField)
 * @param options    allowed values of a select field with an option list, empty if not restricted
 * @param nested     the form of the child node a compositeField, jcrMultiField or switchableField writes; null
 *                   for fields that store a property
 */
record DialogField(String name, String fieldType, boolean required, String requiredMessage, int valueType,
        boolean multiple, boolean childNodes, int maxLength, List<String> options, List<Rule> rules,
        DialogForm nested) {

    private static final Set<String> MULTI = Set.of("twinColSelectField", "checkBoxGroupField", "jcrMultiValueField",
            "multiValueField", "twinColSelect", "multiselect");
    private static final Set<String> NODES = Set.of("compositeField", "jcrMultiField", "composite", "multiField",
            "switchableField", "switchable", "uploadField", "upload", "basicUpload");
    static final Set<String> UPLOADS = Set.of("uploadField", "upload", "basicUpload");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /** A validator: the value must match {@code pattern} completely. */
    record Rule(Pattern pattern, String message) {
    }

    static DialogField of(String name, Map<String, Object> definition) {
        String fieldType = string(definition, "$type", string(definition, "fieldType", classAlias(definition)));
        int valueType = valueType(fieldType, string(definition, "type", null));
        boolean multiple = MULTI.contains(fieldType) || Boolean.TRUE.equals(definition.get("multiselect"));
        Object maxLength = definition.get("maxLength");
        int max = maxLength instanceof Number number ? number.intValue() : -1;
        return new DialogField(name, fieldType, Boolean.TRUE.equals(definition.get("required")),
                string(definition, "requiredErrorMessage", null), valueType, multiple, NODES.contains(fieldType),
                max, options(definition), rules(definition), nested(name, fieldType, definition));
    }

    /**
     * What a field that writes a child node allows there: a composite's fields; for a jcrMultiField a container
     * whose every child (entry {@code 0}, {@code 1}, …) has the entry field's form; a switchable's selector (stored
     * under the field's name) and the fields of all its options.
     */
    @SuppressWarnings("unchecked")
    private static DialogForm nested(String name, String fieldType, Map<String, Object> definition) {
        switch (fieldType) {
            case "compositeField", "composite" -> {
                return DialogForm.of(name, label(definition, name), subfields(definition));
            }
            case "jcrMultiField", "multiField" -> {
                if (!(definition.get("field") instanceof Map<?, ?> entry)) {
                    return null;
                }
                Map<String, Object> entryDefinition = (Map<String, Object>) entry;
                String entryType = string(entryDefinition, "$type", string(entryDefinition, "fieldType", ""));
                DialogForm entries = "compositeField".equals(entryType) || "composite".equals(entryType)
                        ? DialogForm.of(name, label(entryDefinition, name), subfields(entryDefinition))
                        : DialogForm.of(name, label(entryDefinition, name), List.of(withName(entryDefinition,
                                string(entryDefinition, "name", name))));
                return new DialogForm(name, label(definition, name), Map.of(), entries);
            }
            case "switchableField", "switchable" -> {
                List<Object> fields = new ArrayList<>();
                if (definition.get("field") instanceof Map<?, ?> selector) {
                    fields.add(withName((Map<String, Object>) selector, name));
                }
                for (Object option : entries(definition.get("forms"))) {
                    if (option instanceof Map<?, ?> form) {
                        fields.addAll(asList(((Map<String, Object>) form).get("properties")));
                    }
                }
                return DialogForm.of(name, label(definition, name), fields);
            }
            default -> {
                return null;
            }
        }
    }

    private static Object subfields(Map<String, Object> definition) {
        return definition.get("properties") != null ? definition.get("properties") : definition.get("fields");
    }

    /** Named field definitions as a list with {@code name}, from a map or a list. */
    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object source) {
        List<Object> list = new ArrayList<>();
        if (source instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, value) -> {
                if (value instanceof Map<?, ?> m) {
                    list.add(m.containsKey("name") ? m : withName((Map<String, Object>) m, key));
                }
            });
        } else if (source instanceof List<?> l) {
            list.addAll(l);
        }
        return list;
    }

    private static String label(Map<String, Object> definition, String fallback) {
        return string(definition, "label", fallback);
    }

    private static String classAlias(Map<String, Object> definition) {
        String type = string(definition, "class", "");
        String simple = type.substring(type.lastIndexOf('.') + 1).replace("Definition", "");
        return simple.isEmpty() ? "textField" : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static int valueType(String fieldType, String declared) {
        if (declared != null) {
            String simple = declared.substring(declared.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            switch (simple) {
                case "long", "integer", "int", "short" -> {
                    return PropertyType.LONG;
                }
                case "double", "float" -> {
                    return PropertyType.DOUBLE;
                }
                case "bigdecimal" -> {
                    return PropertyType.DECIMAL;
                }
                case "boolean" -> {
                    return PropertyType.BOOLEAN;
                }
                case "date", "calendar", "localdate", "localdatetime", "zoneddatetime", "instant" -> {
                    return PropertyType.DATE;
                }
                default -> {
                }
            }
        }
        return switch (fieldType) {
            case "checkBoxField", "checkbox" -> PropertyType.BOOLEAN;
            case "dateField", "date" -> PropertyType.DATE;
            default -> PropertyType.STRING;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> options(Map<String, Object> definition) {
        Object source = definition.get("options");
        if (definition.get("datasource") instanceof Map<?, ?> datasource) {
            Object type = datasource.get("$type");
            if (type != null && !"optionListDatasource".equals(type)) {
                return List.of(); // jcrDatasource and others: not a fixed list
            }
            source = datasource.get("options");
        }
        List<String> values = new ArrayList<>();
        List<Object> entries = new ArrayList<>();
        if (source instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (e.getValue() instanceof Map<?, ?> m && !m.containsKey("name")) {
                    entries.add(withName((Map<String, Object>) m, e.getKey()));
                } else {
                    entries.add(e.getValue());
                }
            }
        } else {
            entries.addAll(entries(source));
        }
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> option) {
                Object value = option.get("value") != null ? option.get("value") : option.get("name");
                if (value != null) {
                    values.add(String.valueOf(value));
                }
            }
        }
        return values;
    }

    private static Map<String, Object> withName(Map<String, Object> option, String name) {
        Map<String, Object> named = new java.util.LinkedHashMap<>(option);
        named.put("name", name);
        return named;
    }

    private static List<Rule> rules(Map<String, Object> definition) {
        Object validators = definition.get("validators");
        Iterable<?> entries = entries(validators);
        List<Rule> rules = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> validator)) {
                continue;
            }
            String type = String.valueOf(validator.get("$type") != null ? validator.get("$type")
                    : validator.get("class")).toLowerCase(Locale.ROOT);
            Object message = validator.get("errorMessage");
            if (type.contains("emailvalidator")) {
                rules.add(new Rule(EMAIL, message != null ? message.toString()
                        : "Bitte geben Sie eine gültige E-Mail-Adresse ein."));
            } else if (type.contains("regexpvalidator") && validator.get("pattern") != null) {
                try {
                    rules.add(new Rule(Pattern.compile(validator.get("pattern").toString()), message != null
                            ? message.toString() : "Die Eingabe hat nicht das erwartete Format."));
                } catch (PatternSyntaxException e) {
                    // a broken pattern in a definition must not block editing; the definitions app shows it
                }
            }
        }
        return rules;
    }

    /** The values of a map or the elements of a list (YAML allows both for named entries). */
    static java.util.Collection<?> entries(Object source) {
        if (source instanceof Map<?, ?> map) {
            return map.values();
        }
        if (source instanceof List<?> list) {
            return list;
        }
        return List.of();
    }

    private static String string(Map<String, Object> definition, String key, String fallback) {
        Object value = definition.get(key);
        return value == null ? fallback : value.toString();
    }
}
