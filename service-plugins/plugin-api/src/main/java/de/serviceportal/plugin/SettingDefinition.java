package de.serviceportal.plugin;

import java.util.List;

/**
 * One setting of a plugin that administrators set per site (on {@code /.admin/plugins/<id>/settings}). Values are
 * stored as strings; the portal rejects values that do not fit the {@link Type}.
 *
 * @param key          letters, digits, {@code .}, {@code _}, {@code -}; unique within the plugin
 * @param label        German label of the form field
 * @param type         what values are allowed
 * @param defaultValue the value while none is set for a site; may be null (no value)
 * @param choices      the allowed values of a {@link Type#CHOICE} setting, empty for the other types
 */
public record SettingDefinition(String key, String label, Type type, String defaultValue, List<String> choices) {

    /** The kinds of values. */
    public enum Type {
        /** Free text, at most 4000 characters. */
        TEXT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number (a Java {@code long}), e.g. {@code 40} or {@code -3}. */
        NUMBER,
        /** One of {@link SettingDefinition#choices()}. */
        CHOICE
    }

    public SettingDefinition {
        if (key == null || !key.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("A setting key is 1-100 of A-Z a-z 0-9 . _ -; got \"" + key + "\"");
        }
        PluginIds.requireText(label, "label");
        if (type == null) {
            throw new IllegalArgumentException("Setting " + key + " needs a type");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        if ((type == Type.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("Setting " + key + ": choices are required for CHOICE and only there");
        }
    }

    public static SettingDefinition text(String key, String label, String defaultValue) {
        return new SettingDefinition(key, label, Type.TEXT, defaultValue, List.of());
    }

    public static SettingDefinition bool(String key, String label, boolean defaultValue) {
        return new SettingDefinition(key, label, Type.BOOLEAN, String.valueOf(defaultValue), List.of());
    }

    public static SettingDefinition number(String key, String label, long defaultValue) {
        return new SettingDefinition(key, label, Type.NUMBER, String.valueOf(defaultValue), List.of());
    }

    public static SettingDefinition choice(String key, String label, String defaultValue, String... choices) {
        return new SettingDefinition(key, label, Type.CHOICE, defaultValue, List.of(choices));
    }
}
