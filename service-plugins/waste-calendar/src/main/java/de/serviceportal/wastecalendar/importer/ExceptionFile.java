package de.serviceportal.wastecalendar.importer;

import de.serviceportal.wastecalendar.model.CollectionException;
import de.serviceportal.wastecalendar.model.CollectionRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code ausnahmen.csv}: single planned dates of a tour that are moved or cancelled. */
final class ExceptionFile {

    static final List<String> COLUMNS = List.of("Tour", "Datum", "Art", "neues Datum", "Hinweis");

    /** How far a moved date may leave the plan year (a collection of 31.12. moved to 2.1.). */
    private static final int SLACK_DAYS = 7;

    static Map<String, List<CollectionException>> read(CsvTable table, Map<String, TourFile.Draft> tours, int year,
                                                       Issues issues) {
        Map<String, List<CollectionException>> result = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows) {
            Cells cells = new Cells(row, issues);
            String tourKey = cells.required("Tour");
            Optional<LocalDate> date = cells.date("Datum", true);
            String kind = cells.required("Art").toLowerCase(Locale.GERMAN);
            Optional<LocalDate> newDate = cells.date("neues Datum", false);
            if (cells.failed() || date.isEmpty()) {
                continue;
            }
            TourFile.Draft tour = tours.get(tourKey);
            if (tour == null) {
                cells.error("Unbekannte Tour „" + tourKey + "“ – sie fehlt in " + PlanFiles.TOURS + ".");
                continue;
            }
            if (date.get().getYear() != year) {
                cells.error("Datum " + date.get().format(Cells.GERMAN_DATE) + " liegt nicht im Planjahr " + year + ".");
            } else if (!planned(tour, date.get())) {
                cells.error("Am " + date.get().format(Cells.GERMAN_DATE) + " hat Tour „" + tourKey + "“ keinen regulären Termin.");
            }
            boolean cancelled = switch (kind) {
                case "entfällt", "entfaellt", "ausfall", "fällt aus" -> true;
                case "verlegt", "verschoben" -> false;
                default -> {
                    cells.error("Unbekannte Art „" + kind + "“ (erwartet „verlegt“ oder „entfällt“).");
                    yield false;
                }
            };
            if (cancelled && newDate.isPresent()) {
                cells.error("Ein entfallender Termin hat kein neues Datum.");
            } else if (!cancelled && newDate.isEmpty() && !cells.failed()) {
                cells.error("Für einen verlegten Termin fehlt das neue Datum.");
            } else if (newDate.isPresent()) {
                LocalDate n = newDate.get();
                if (n.isBefore(LocalDate.of(year, 1, 1).minusDays(SLACK_DAYS)) || n.isAfter(LocalDate.of(year, 12, 31).plusDays(SLACK_DAYS))) {
                    cells.error("Neues Datum " + n.format(Cells.GERMAN_DATE) + " liegt außerhalb des Planjahres " + year + ".");
                } else if (n.equals(date.get())) {
                    cells.error("Neues Datum ist gleich dem alten.");
                }
            }
            Integer earlier = seen.putIfAbsent(tourKey + "|" + date.get(), row.line());
            if (earlier != null) {
                cells.error("Für diesen Termin gibt es schon eine Ausnahme in Zeile " + earlier + ".");
            }
            if (!cells.failed()) {
                result.computeIfAbsent(tourKey, k -> new ArrayList<>())
                        .add(new CollectionException(date.get(), cancelled ? null : newDate.get(), cells.text("Hinweis")));
            }
        }
        return result;
    }

    private static boolean planned(TourFile.Draft tour, LocalDate date) {
        for (CollectionRule r : tour.rules) {
            if (r.datesBetween(date, date).contains(date)) {
                return true;
            }
        }
        return false;
    }
}
