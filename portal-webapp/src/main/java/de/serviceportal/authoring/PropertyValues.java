package de.serviceportal.authoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import de.serviceportal.rendering.RichTextRules;

/**
 * Turns a client's property into JCR values, checked against its dialog field: the field decides the stored type
 * (a number field stores a Long even if the client sent the text "42"), then length, option list and the
 * e-mail and regexp validators apply. Problems become field errors; a property with errors is not written.
 */
final class PropertyValues {

    /** The only namespaced property a client may write; all other mgnl:/jcr: properties are the portal's. */
    static final String TEMPLATE = "mgnl:template";
    static final String REQUIRED = "Bitte füllen Sie dieses Feld aus.";
    private static final Set<Integer> TYPES = Set.of(PropertyType.STRING, PropertyType.LONG, PropertyType.DOUBLE,
            PropertyType.DECIMAL, PropertyType.BOOLEAN, PropertyType.DATE);
    private static final Set<String> RICH_TEXT = Set.of("richTextField", "richText");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final ValueFactory factory;
    private final List<FieldError> errors;

    PropertyValues(ValueFactory factory, List<FieldError> errors) {
        this.factory = factory;
        this.errors = errors;
    }

    /**
     * Sets (or with no values removes) the property on {@code node}. {@code form} is the node's dialog or null;
     * {@code prefix} names nested nodes in field errors. True if the node changed.
     */
    boolean apply(Node node, NodeInput.PropertyInput input, DialogForm form, String prefix)
            throws RepositoryException {
        String name = input.name();
        String field = prefix + name;
        if (name.contains(":") && !TEMPLATE.equals(name) || name.contains("/") || name.startsWith("[")) {
            return error(field, "Diese Eigenschaft setzt das Portal selbst; sie kann nicht geändert werden.");
        }
        DialogField definition = form == null ? null : form.fieldOf(name);
        if (input.values().isEmpty()) {
            if (node.hasProperty(name)) {
                node.getProperty(name).remove();
                return true;
            }
            return false;
        }
        if (form != null && definition == null && !TEMPLATE.equals(name)) {
            return error(field, "Das Feld gibt es im Dialog „" + form.label() + "“ nicht.");
        }
        Integer declared = declaredType(input.type());
        if (declared == null) {
            return error(field, "Den Typ „" + input.type() + "“ kann diese Schnittstelle nicht schreiben.");
        }
        int type = definition == null ? declared : definition.valueType();
        if (definition != null && input.type() != null && declared != PropertyType.STRING && declared != type) {
            return error(field, "Das Feld erwartet den Typ " + PropertyType.nameFromValue(type) + ".");
        }
        boolean multiple = definition == null ? input.multiple() : definition.multiple();
        if (!multiple && input.values().size() > 1) {
            return error(field, "Dieses Feld nimmt nur einen Wert.");
        }
        int before = errors.size();
        List<Value> values = new ArrayList<>();
        for (String text : input.values()) {
            if (definition != null && RICH_TEXT.contains(definition.fieldType())) {
                text = RichTextRules.forStorage(text); // only what the editor offers, never scripts
            }
            Value value = value(field, text, type, definition);
            if (value != null) {
                values.add(value);
            }
        }
        if (errors.size() > before) {
            return false;
        }
        if (TEMPLATE.equals(name)) {
            return true; // set by the caller, which checks that the template exists
        }
        if (node.hasProperty(name) && node.getProperty(name).isMultiple() != multiple) {
            node.getProperty(name).remove();
        }
        if (multiple) {
            node.setProperty(name, values.toArray(Value[]::new));
        } else {
            node.setProperty(name, values.get(0));
        }
        return true;
    }

    /** Required fields of the dialog that the node (as it will be saved) leaves empty. */
    void checkRequired(Node node, DialogForm form, String prefix) throws RepositoryException {
        for (DialogField field : form.fields().values()) {
            if (!field.required()) {
                continue;
            }
            boolean filled = field.childNodes() ? node.hasNode(field.name())
                    : node.hasProperty(field.name()) && hasText(node, field.name());
            if (!filled) {
                error(prefix + field.name(), field.requiredMessage() != null ? field.requiredMessage() : REQUIRED);
            }
        }
    }

    private static boolean hasText(Node node, String name) throws RepositoryException {
        javax.jcr.Property property = node.getProperty(name);
        for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
            if (value.getType() == PropertyType.BINARY || !value.getString().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private Value value(String field, String text, int type, DialogField definition) throws RepositoryException {
        try {
            Value value = switch (type) {
                case PropertyType.LONG -> factory.createValue(Long.parseLong(text.trim()));
                case PropertyType.DOUBLE -> factory.createValue(Double.parseDouble(text.trim()));
                case PropertyType.DECIMAL -> factory.createValue(new BigDecimal(text.trim()));
                case PropertyType.BOOLEAN -> factory.createValue(bool(text));
                case PropertyType.DATE -> factory.createValue(date(text));
                default -> factory.createValue(text);
            };
            if (definition != null && !check(field, text, definition)) {
                return null;
            }
            return value;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            error(field, switch (type) {
                case PropertyType.LONG -> "Bitte geben Sie eine ganze Zahl ein.";
                case PropertyType.DOUBLE, PropertyType.DECIMAL -> "Bitte geben Sie eine Zahl ein (z. B. 2.5).";
                case PropertyType.BOOLEAN -> "Bitte geben Sie true oder false an.";
                default -> "Bitte geben Sie ein Datum an (JJJJ-MM-TT oder ISO 8601 mit Uhrzeit).";
            });
            return null;
        }
    }

    private boolean check(String field, String text, DialogField definition) {
        if (definition.maxLength() >= 0 && text.codePointCount(0, text.length()) > definition.maxLength()) {
            return error(field, "Bitte geben Sie höchstens " + definition.maxLength() + " Zeichen ein.");
        }
        if (!definition.options().isEmpty() && !definition.options().contains(text)) {
            return error(field, "Bitte wählen Sie einen der vorgegebenen Werte: "
                    + String.join(", ", definition.options()) + ".");
        }
        for (DialogField.Rule rule : definition.rules()) {
            if (!text.isEmpty() && !rule.pattern().matcher(text).matches()) {
                return error(field, rule.message());
            }
        }
        return true;
    }

    /** Records a problem found by the caller. */
    void checkFailed(String field, String message) {
        error(field, message);
    }

    private boolean error(String field, String message) {
        errors.add(new FieldError(field, message));
        return false;
    }

    /** The JCR type a client named; null if this API does not write it (binaries, references, names, …). */
    private static Integer declaredType(String name) {
        if (name == null) {
            return PropertyType.STRING;
        }
        try {
            int type = PropertyType.valueFromName(name);
            return TYPES.contains(type) ? type : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean bool(String text) {
        if (!"true".equalsIgnoreCase(text.trim()) && !"false".equalsIgnoreCase(text.trim())) {
            throw new IllegalArgumentException(text);
        }
        return Boolean.parseBoolean(text.trim());
    }

    private static java.util.Calendar date(String text) {
        String value = text.trim();
        java.time.ZonedDateTime time;
        if (value.length() == 10) {
            time = LocalDate.parse(value).atStartOfDay(ZONE);
        } else {
            try {
                time = OffsetDateTime.parse(value).toZonedDateTime();
            } catch (DateTimeParseException e) {
                time = LocalDateTime.parse(value).atZone(ZONE);
            }
        }
        return GregorianCalendar.from(time);
    }
}
