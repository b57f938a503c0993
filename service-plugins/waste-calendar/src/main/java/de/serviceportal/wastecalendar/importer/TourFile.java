package de.serviceportal.wastecalendar.importer;

import de.serviceportal.wastecalendar.model.CollectionRule;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.GermanDays;
import de.serviceportal.wastecalendar.model.WeekParity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code touren.csv}: one line per rule, several lines per tour for several validity periods. */
final class TourFile {

    static final List<String> COLUMNS = List.of("Tour", "Fraktion", "Wochentag", "Rhythmus", "Kalenderwochen",
            "Startdatum", "gültig ab", "gültig bis");

    /** A tour being built: its rules with the line each came from (for overlap messages). */
    static final class Draft {
        final String key;
        final Fraction fraction;
        final int line;
        final List<CollectionRule> rules = new ArrayList<>();
        final List<Integer> ruleLines = new ArrayList<>();

        Draft(String key, Fraction fraction, int line) {
            this.key = key;
            this.fraction = fraction;
            this.line = line;
        }
    }

    static Map<String, Draft> read(CsvTable table, int year, Issues issues) {
        Map<String, Draft> tours = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows) {
            Cells cells = new Cells(row, issues);
            String key = cells.required("Tour");
            Optional<Fraction> fraction = cells.fraction("Fraktion");
            Optional<CollectionRule> rule = rule(cells, year);
            if (cells.failed() || fraction.isEmpty() || rule.isEmpty()) {
                continue;
            }
            if (!fraction.get().regular()) {
                cells.error("„" + fraction.get().displayName() + "“ hat keine regelmäßigen Touren; "
                        + "Termine gehören in " + PlanFiles.SPECIALS + ".");
                continue;
            }
            Draft draft = tours.computeIfAbsent(key, k -> new Draft(k, fraction.get(), row.line()));
            if (draft.fraction != fraction.get()) {
                cells.error("Tour „" + key + "“ ist in Zeile " + draft.line + " als " + draft.fraction.displayName()
                        + " angelegt, hier als " + fraction.get().displayName() + ".");
                continue;
            }
            for (int i = 0; i < draft.rules.size(); i++) {
                if (draft.rules.get(i).overlaps(rule.get())) {
                    cells.error("Regel der Tour „" + key + "“ überschneidet sich zeitlich mit der Regel aus Zeile "
                            + draft.ruleLines.get(i) + ".");
                }
            }
            if (!cells.failed()) {
                draft.rules.add(rule.get());
                draft.ruleLines.add(row.line());
            }
        }
        return tours;
    }

    private static Optional<CollectionRule> rule(Cells cells, int year) {
        Optional<DayOfWeek> weekday = cells.weekday("Wochentag");
        Optional<Integer> interval = interval(cells);
        Optional<WeekParity> parity = parity(cells);
        Optional<LocalDate> anchor = cells.date("Startdatum", false);
        LocalDate from = cells.date("gültig ab", false).orElse(LocalDate.of(year, 1, 1));
        LocalDate to = cells.date("gültig bis", false).orElse(LocalDate.of(year, 12, 31));
        if (cells.failed() || weekday.isEmpty() || interval.isEmpty()) {
            return Optional.empty();
        }
        if (from.getYear() != year || to.getYear() != year) {
            cells.error("Gültigkeit " + from.format(Cells.GERMAN_DATE) + "–" + to.format(Cells.GERMAN_DATE)
                    + " liegt nicht im Planjahr " + year + ".");
        }
        if (to.isBefore(from)) {
            cells.error("„gültig bis“ liegt vor „gültig ab“.");
        }
        if (anchor.isPresent() && anchor.get().getDayOfWeek() != weekday.get()) {
            cells.error("Startdatum " + anchor.get().format(Cells.GERMAN_DATE) + " ist ein "
                    + GermanDays.name(anchor.get().getDayOfWeek()) + ", die Tour fährt aber " + GermanDays.name(weekday.get()) + ".");
        }
        if (anchor.isPresent() && Math.abs(anchor.get().getYear() - year) > 1) {
            cells.error("Startdatum " + anchor.get().format(Cells.GERMAN_DATE) + " liegt zu weit vom Planjahr entfernt.");
        }
        int weeks = interval.get();
        if (weeks == 1 && (parity.isPresent() || anchor.isPresent())) {
            cells.error("Wöchentliche Touren haben weder Kalenderwochen (gerade/ungerade) noch ein Startdatum.");
        } else if (weeks == 2 && parity.isPresent() == anchor.isPresent()) {
            cells.error("14-tägliche Touren brauchen entweder Kalenderwochen (gerade/ungerade) oder ein Startdatum.");
        } else if (weeks == 4 && (anchor.isEmpty() || parity.isPresent())) {
            cells.error("4-wöchentliche Touren brauchen ein Startdatum (und keine Angabe gerade/ungerade).");
        }
        if (cells.failed()) {
            return Optional.empty();
        }
        return Optional.of(new CollectionRule(weekday.get(), weeks, parity.orElse(null), anchor.orElse(null), from, to));
    }

    private static Optional<Integer> interval(Cells cells) {
        String v = cells.required("Rhythmus");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String t = v.toLowerCase(Locale.GERMAN).replace(" ", "");
        Optional<Integer> weeks = switch (t) {
            case "1", "wöchentlich", "woechentlich", "1-wöchentlich", "7-täglich" -> Optional.of(1);
            case "2", "14-täglich", "14-taeglich", "14tägig", "14-tägig", "2-wöchentlich", "zweiwöchentlich" -> Optional.of(2);
            case "4", "4-wöchentlich", "4-woechentlich", "vierwöchentlich", "28-täglich" -> Optional.of(4);
            default -> Optional.empty();
        };
        if (weeks.isEmpty()) {
            cells.error("Unbekannter Rhythmus „" + v + "“ (erwartet wöchentlich, 14-täglich oder 4-wöchentlich).");
        }
        return weeks;
    }

    private static Optional<WeekParity> parity(Cells cells) {
        String v = cells.text("Kalenderwochen").toLowerCase(Locale.GERMAN);
        return switch (v) {
            case "" -> Optional.empty();
            case "gerade", "g" -> Optional.of(WeekParity.EVEN);
            case "ungerade", "u" -> Optional.of(WeekParity.ODD);
            default -> {
                cells.error("„" + v + "“ in Spalte „Kalenderwochen“: erwartet „gerade“ oder „ungerade“.");
                yield Optional.empty();
            }
        };
    }
}
