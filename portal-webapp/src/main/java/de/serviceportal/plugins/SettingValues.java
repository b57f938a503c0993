package de.serviceportal.plugins;

import java.util.Locale;
import java.util.Optional;

import de.serviceportal.plugin.SettingDefinition;

/** Checks and normalises setting values against their definition; messages are German, for the settings form. */
final class SettingValues {

    static final int MAX_TEXT = 4000;

    private SettingValues() {
    }

    /** The value as stored (numbers without leading zeros, booleans in lower case), or a German error message. */
    static Result check(SettingDefinition definition, String raw) {
        String label = "„" + definition.label() + "“";
        String value = raw == null ? "" : raw;
        switch (definition.type()) {
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    return Result.error(label + " darf höchstens " + MAX_TEXT + " Zeichen lang sein.");
                }
                if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                    return Result.error(label + " enthält unzulässige Steuerzeichen.");
                }
                return Result.ok(value);
            }
            case BOOLEAN -> {
                String lower = value.trim().toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return Result.ok(lower);
                }
                return Result.error(label + " muss „true“ (ja) oder „false“ (nein) sein.");
            }
            case NUMBER -> {
                String trimmed = value.trim();
                try {
                    if (trimmed.matches("[+-]?[0-9]{1,18}")) {
                        return Result.ok(String.valueOf(Long.parseLong(trimmed)));
                    }
                } catch (NumberFormatException e) {
                    // falls through to the message
                }
                return Result.error(label + " muss eine ganze Zahl sein (zum Beispiel 40), nicht „"
                        + abbreviate(value) + "“.");
            }
            case CHOICE -> {
                if (definition.choices().contains(value)) {
                    return Result.ok(value);
                }
                return Result.error(label + " muss einer dieser Werte sein: "
                        + String.join(", ", definition.choices()) + ".");
            }
            default -> throw new IllegalStateException("Unknown setting type " + definition.type());
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 39) + "…";
    }

    /** Either a normalised value or a message. */
    record Result(String value, String error) {

        static Result ok(String value) {
            return new Result(value, null);
        }

        static Result error(String message) {
            return new Result(null, message);
        }

        Optional<String> errorMessage() {
            return Optional.ofNullable(error);
        }
    }
}
