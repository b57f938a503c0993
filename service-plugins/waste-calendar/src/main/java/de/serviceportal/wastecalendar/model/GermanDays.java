package de.serviceportal.wastecalendar.model;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/** German weekday names; operators' files and citizens both use them. */
public final class GermanDays {

    private static final String[] NAMES = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
    private static final String[] SHORT = {"mo", "di", "mi", "do", "fr", "sa", "so"};

    private GermanDays() {
    }

    public static String name(DayOfWeek day) {
        return NAMES[day.getValue() - 1];
    }

    /** Accepts "Dienstag", "dienstag", "Di", "Di." . */
    public static Optional<DayOfWeek> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].toLowerCase(Locale.ROOT).equals(t) || SHORT[i].equals(t)) {
                return Optional.of(DayOfWeek.of(i + 1));
            }
        }
        return Optional.empty();
    }
}
