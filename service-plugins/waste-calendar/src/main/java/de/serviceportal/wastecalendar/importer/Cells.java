package de.serviceportal.wastecalendar.importer;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.GermanDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Parses cells of a row; a bad value is reported with file and line and gives empty. */
final class Cells {

    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN_DATE_SHORT = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final CsvTable.Row row;
    private final Issues issues;
    private boolean failed;

    Cells(CsvTable.Row row, Issues issues) {
        this.row = row;
        this.issues = issues;
    }

    /** True if any cell of this row could not be read. */
    boolean failed() {
        return failed;
    }

    void error(String message) {
        failed = true;
        issues.error(row.table().file, row.line(), message);
    }

    String text(String column) {
        return row.get(column);
    }

    String required(String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            error("Spalte „" + column + "“ ist leer.");
        }
        return v;
    }

    Optional<LocalDate> date(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {GERMAN_DATE, GERMAN_DATE_SHORT, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(v, f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        error("„" + v + "“ in Spalte „" + column + "“ ist kein gültiges Datum (erwartet TT.MM.JJJJ).");
        return Optional.empty();
    }

    Optional<LocalTime> time(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            String t = v.replace('.', ':');
            return Optional.of(LocalTime.parse(t.matches("\\d:\\d\\d") ? "0" + t : t));
        } catch (DateTimeParseException e) {
            error("„" + v + "“ in Spalte „" + column + "“ ist keine gültige Uhrzeit (erwartet HH:MM).");
            return Optional.empty();
        }
    }

    Optional<Integer> number(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n <= 99_999) {
                return Optional.of(n);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error("„" + v + "“ in Spalte „" + column + "“ ist keine gültige Hausnummer (nur Ziffern).");
        return Optional.empty();
    }

    Optional<Fraction> fraction(String column) {
        String v = required(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<Fraction> f = Fraction.parse(v);
        if (f.isEmpty()) {
            error("Unbekannte Fraktion „" + v + "“. Bekannt sind: " + String.join(", ",
                    java.util.Arrays.stream(Fraction.values()).map(Fraction::displayName).toList()) + ".");
        }
        return f;
    }

    Optional<DayOfWeek> weekday(String column) {
        String v = required(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<DayOfWeek> d = GermanDays.parse(v);
        if (d.isEmpty()) {
            error("Unbekannter Wochentag „" + v + "“ (erwartet Montag … Samstag).");
        }
        return d;
    }
}
