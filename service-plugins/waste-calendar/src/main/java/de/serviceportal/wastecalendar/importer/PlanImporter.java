package de.serviceportal.wastecalendar.importer;

import de.serviceportal.wastecalendar.model.CollectionException;
import de.serviceportal.wastecalendar.model.SpecialCollection;
import de.serviceportal.wastecalendar.model.Tour;
import de.serviceportal.wastecalendar.model.YearPlan;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a year's plan from the disposal company's CSV files: read → validate everything → write all in one
 * transaction, or nothing. A dry run stops after validation.
 */
public final class PlanImporter {

    private final WasteCalendarRepository repository;
    private final Clock clock;

    public PlanImporter(WasteCalendarRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public ImportReport run(PlanFiles files, ImportOptions options) {
        Issues issues = new Issues();
        int year = options.year();
        Set<String> register = options.allowNewStreets() ? null : repository.knownStreets();

        Optional<CsvTable> tourTable = CsvTable.parse(PlanFiles.TOURS, files.tours(), TourFile.COLUMNS, issues);
        Optional<CsvTable> streetTable = CsvTable.parse(PlanFiles.STREETS, files.streets(), StreetFile.COLUMNS, issues);
        Map<String, TourFile.Draft> tours = tourTable.map(t -> TourFile.read(t, year, issues)).orElse(Map.of());
        List<YearPlan.Assignment> assignments = streetTable.map(t -> StreetFile.read(t, tours, register, issues)).orElse(List.of());

        Map<String, List<CollectionException>> exceptions = Map.of();
        if (isPresent(files.exceptions())) {
            exceptions = CsvTable.parse(PlanFiles.EXCEPTIONS, files.exceptions(), ExceptionFile.COLUMNS, issues)
                    .map(t -> ExceptionFile.read(t, tours, year, issues)).orElse(Map.of());
        }
        List<SpecialCollection> specials = List.of();
        if (isPresent(files.specials())) {
            Set<String> places = new HashSet<>();
            assignments.forEach(a -> {
                places.add(a.municipality());
                places.add(a.municipality() + "|" + a.ortsteil());
            });
            specials = CsvTable.parse(PlanFiles.SPECIALS, files.specials(), SpecialFile.COLUMNS, issues)
                    .map(t -> SpecialFile.read(t, places, tours.keySet(), year, issues)).orElse(List.of());
        }
        noteUnusedTours(tours, assignments, issues);

        Map<String, List<CollectionException>> byTour = exceptions;
        List<Tour> tourList = tours.values().stream()
                .map(d -> new Tour(d.key, d.fraction, d.rules, byTour.getOrDefault(d.key, List.of())))
                .toList();
        YearPlan plan = new YearPlan(year, "CSV-Import", assignments, tourList, specials);
        Map<String, Integer> counts = counts(plan);

        if (issues.hasErrors() || options.dryRun()) {
            return new ImportReport(year, options.dryRun(), false, issues.list, counts);
        }
        try {
            repository.replacePlan(plan, clock.instant());
        } catch (RuntimeException e) {
            // The transaction was rolled back; tell staff in German, keep the technical cause for the log.

            issues.error("Datenbank", 0, "Import abgebrochen, es wurde nichts übernommen (" + e.getClass().getSimpleName() + ").");
            return new ImportReport(year, false, false, issues.list, counts);
        }
        return new ImportReport(year, false, true, issues.list, counts);
    }

    private static boolean isPresent(String text) {
        return text != null && !text.isBlank();
    }

    private static void noteUnusedTours(Map<String, TourFile.Draft> tours, List<YearPlan.Assignment> assignments, Issues issues) {
        Set<String> used = new HashSet<>();
        assignments.forEach(a -> used.add(a.tourKey()));
        tours.values().stream().filter(t -> !used.contains(t.key)).forEach(t ->
                issues.note(PlanFiles.TOURS, t.line, "Tour „" + t.key + "“ ist keiner Straße zugeordnet."));
    }

    private static Map<String, Integer> counts(YearPlan plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Gemeinden", (int) plan.assignments().stream().map(YearPlan.Assignment::municipality).distinct().count());
        counts.put("Ortsteile", (int) plan.assignments().stream().map(a -> a.municipality() + "|" + a.ortsteil()).distinct().count());
        counts.put("Straßen", (int) plan.assignments().stream()
                .map(a -> WasteCalendarRepository.streetKey(a.municipality(), a.ortsteil(), a.street())).distinct().count());
        counts.put("Adressen", (int) plan.assignments().stream()
                .map(a -> de.serviceportal.wastecalendar.model.Keys.addressKey(a.municipality(), a.ortsteil(), a.street(), a.range()))
                .distinct().count());
        counts.put("Zuordnungen", plan.assignments().size());
        counts.put("Touren", plan.tours().size());
        counts.put("Regeln", plan.tours().stream().mapToInt(t -> t.rules().size()).sum());
        counts.put("Ausnahmen", plan.tours().stream().mapToInt(t -> t.exceptions().size()).sum());
        counts.put("Sondertermine", plan.specials().size());
        return counts;
    }
}
