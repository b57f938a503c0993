package de.serviceportal.wastecalendar.importer;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.HouseNumberRange;
import de.serviceportal.wastecalendar.model.YearPlan;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.search.SimilarNames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code strassen.csv}: which street (house-number range) is on which tour for which fraction. */
final class StreetFile {

    static final List<String> COLUMNS = List.of("Gemeinde", "Ortsteil", "Straße", "Hausnummer von", "Hausnummer bis",
            "Seite", "Fraktion", "Tour");

    private record Located(YearPlan.Assignment assignment, int line) {
    }

    /**
     * @param knownStreets street register ("municipality|ortsteil|street"); null = every street is welcome
     */
    static List<YearPlan.Assignment> read(CsvTable table, Map<String, TourFile.Draft> tours, Set<String> knownStreets,
                                          Issues issues) {
        List<Located> located = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            Cells cells = new Cells(row, issues);
            String municipality = cells.required("Gemeinde");
            String ortsteil = cells.text("Ortsteil").isEmpty() ? municipality : cells.text("Ortsteil");
            String street = cells.required("Straße");
            Optional<HouseNumberRange> range = range(cells);
            Optional<Fraction> fraction = cells.fraction("Fraktion");
            String tourKey = cells.required("Tour");
            if (cells.failed() || range.isEmpty() || fraction.isEmpty()) {
                continue;
            }
            TourFile.Draft tour = tours.get(tourKey);
            if (tour == null) {
                cells.error("Unbekannte Tour „" + tourKey + "“ – sie fehlt in " + PlanFiles.TOURS + ".");
            } else if (tour.fraction != fraction.get()) {
                cells.error("Tour „" + tourKey + "“ fährt " + tour.fraction.displayName() + ", nicht "
                        + fraction.get().displayName() + ".");
            }
            if (knownStreets != null && !knownStreets.contains(WasteCalendarRepository.streetKey(municipality, ortsteil, street))) {
                List<String> sameTown = knownStreets.stream().filter(k -> k.startsWith(municipality + "|" + ortsteil + "|"))
                        .map(k -> k.substring(k.lastIndexOf('|') + 1)).toList();
                List<String> similar = SimilarNames.closest(street, sameTown, 3);
                cells.error("Unbekannte Straße „" + street + "“ in " + ortsteil + " (" + municipality + ")"
                        + (similar.isEmpty() ? "." : " – meinten Sie „" + String.join("“, „", similar) + "“?"));
            }
            if (!cells.failed()) {
                located.add(new Located(new YearPlan.Assignment(municipality, ortsteil, street, range.get(), fraction.get(),
                        tourKey), row.line()));
            }
        }
        checkOverlaps(table.file, located, issues);
        checkCompleteness(table.file, located, issues);
        return located.stream().map(Located::assignment).toList();
    }

    private static Optional<HouseNumberRange> range(Cells cells) {
        Optional<Integer> from = cells.number("Hausnummer von");
        Optional<Integer> to = cells.number("Hausnummer bis");
        String sideText = cells.text("Seite").toLowerCase(Locale.GERMAN);
        HouseNumberRange.Side side = switch (sideText) {
            case "", "alle", "beide" -> HouseNumberRange.Side.ALL;
            case "ungerade", "u" -> HouseNumberRange.Side.ODD;
            case "gerade", "g" -> HouseNumberRange.Side.EVEN;
            default -> {
                cells.error("„" + sideText + "“ in Spalte „Seite“: erwartet „gerade“, „ungerade“ oder leer.");
                yield null;
            }
        };
        if (cells.failed()) {
            return Optional.empty();
        }
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            cells.error("Hausnummer von (" + from.get() + ") ist größer als Hausnummer bis (" + to.get() + ").");
            return Optional.empty();
        }
        return Optional.of(new HouseNumberRange(from.orElse(null), to.orElse(null), side));
    }

    /** Two ranges of the same street and fraction must not share a house number. */
    private static void checkOverlaps(String file, List<Located> located, Issues issues) {
        Map<String, List<Located>> byStreetAndFraction = new LinkedHashMap<>();
        for (Located l : located) {
            YearPlan.Assignment a = l.assignment();
            byStreetAndFraction.computeIfAbsent(a.municipality() + "|" + a.ortsteil() + "|" + a.street() + "|" + a.fraction(),
                    k -> new ArrayList<>()).add(l);
        }
        for (List<Located> group : byStreetAndFraction.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Located a = group.get(j);
                    Located b = group.get(i);
                    if (a.assignment().range().overlaps(b.assignment().range())) {
                        String what = b.assignment().range().isWholeStreet() ? "die ganze Straße" : "Hausnummern " + b.assignment().range().label();
                        issues.error(file, b.line(), b.assignment().street() + ": " + what + " für "
                                + b.assignment().fraction().displayName() + " überschneidet sich mit Zeile " + a.line() + ".");
                    }
                }
            }
        }
    }

    /** A note (no error) for addresses that lack one of the regular fractions. */
    private static void checkCompleteness(String file, List<Located> located, Issues issues) {
        Map<String, EnumSet<Fraction>> fractions = new LinkedHashMap<>();
        Map<String, Located> first = new LinkedHashMap<>();
        for (Located l : located) {
            YearPlan.Assignment a = l.assignment();
            String key = de.serviceportal.wastecalendar.model.Keys.addressKey(a.municipality(), a.ortsteil(), a.street(), a.range());
            fractions.computeIfAbsent(key, k -> EnumSet.noneOf(Fraction.class)).add(a.fraction());
            first.putIfAbsent(key, l);
        }
        fractions.forEach((key, present) -> {
            EnumSet<Fraction> missing = EnumSet.copyOf(Fraction.regularFractions());
            missing.removeAll(present);
            if (!missing.isEmpty()) {
                Located l = first.get(key);
                issues.note(file, l.line(), l.assignment().street() + " " + l.assignment().range().label()
                        + ": keine Tour für " + String.join(", ", missing.stream().map(Fraction::displayName).toList()) + ".");
            }
        });
    }
}
