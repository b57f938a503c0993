package de.serviceportal.wastecalendar.importer;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.SpecialCollection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code sondertermine.csv}: Schadstoffmobil stops, Weihnachtsbäume, Biotonnenreinigung, Baum- und Strauchschnitt. */
final class SpecialFile {

    static final List<String> COLUMNS = List.of("Art", "Gemeinde", "Ortsteil", "Tour", "Datum", "Uhrzeit von",
            "Uhrzeit bis", "Ort", "Hinweis");

    /**
     * @param places known "municipality" and "municipality|ortsteil" entries from the street file
     */
    static List<SpecialCollection> read(CsvTable table, Set<String> places, Set<String> tourKeys, int year, Issues issues) {
        List<SpecialCollection> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            Cells cells = new Cells(row, issues);
            Optional<Fraction> fraction = cells.fraction("Art");
            String municipality = cells.required("Gemeinde");
            String ortsteil = cells.text("Ortsteil");
            String tour = cells.text("Tour");
            Optional<LocalDate> date = cells.date("Datum", true);
            Optional<LocalTime> from = cells.time("Uhrzeit von");
            Optional<LocalTime> to = cells.time("Uhrzeit bis");
            String place = cells.text("Ort");
            if (cells.failed() || fraction.isEmpty() || date.isEmpty()) {
                continue;
            }
            if (fraction.get().regular()) {
                cells.error(fraction.get().displayName() + " wird über Touren geplant, nicht über Sondertermine.");
            }
            if (!places.contains(municipality)) {
                cells.error("Unbekannte Gemeinde „" + municipality + "“ – sie kommt in " + PlanFiles.STREETS + " nicht vor.");
            } else if (!ortsteil.isEmpty() && !places.contains(municipality + "|" + ortsteil)) {
                cells.error("Unbekannter Ortsteil „" + ortsteil + "“ in " + municipality + ".");
            }
            if (!tour.isEmpty() && !tourKeys.contains(tour)) {
                cells.error("Unbekannte Tour „" + tour + "“ – sie fehlt in " + PlanFiles.TOURS + ".");
            }
            if (date.get().getYear() != year) {
                cells.error("Datum " + date.get().format(Cells.GERMAN_DATE) + " liegt nicht im Planjahr " + year + ".");
            }
            if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
                cells.error("„Uhrzeit bis“ liegt nicht nach „Uhrzeit von“.");
            }
            if (fraction.get() == Fraction.SCHADSTOFFMOBIL && (place.isEmpty() || from.isEmpty())) {
                cells.error("Für das Schadstoffmobil fehlen Haltepunkt (Spalte „Ort“) oder Uhrzeit.");
            }
            if (!cells.failed()) {
                result.add(new SpecialCollection(fraction.get(), municipality, ortsteil.isEmpty() ? null : ortsteil,
                        tour.isEmpty() ? null : tour, date.get(), from.orElse(null), to.orElse(null), place,
                        cells.text("Hinweis")));
            }
        }
        return result;
    }
}
