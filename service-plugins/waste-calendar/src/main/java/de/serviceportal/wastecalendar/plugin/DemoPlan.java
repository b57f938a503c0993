package de.serviceportal.wastecalendar.plugin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import de.serviceportal.wastecalendar.importer.ImportOptions;
import de.serviceportal.wastecalendar.importer.ImportReport;
import de.serviceportal.wastecalendar.importer.PlanFiles;
import de.serviceportal.wastecalendar.importer.PlanImporter;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;

/**
 * Imports the demo plans (Merseburg, Leuna, Bad Dürrenberg; 2026 and 2027) on the first start, when no plan exists
 * yet — so that the calendar works out of the box. Off with {@code portal.waste-calendar.demo-data=false}.
 */
final class DemoPlan {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlan.class);
    static final int[] YEARS = {2026, 2027};

    private final WasteCalendarRepository repository;
    private final PlanImporter importer;
    private final boolean enabled;

    DemoPlan(WasteCalendarRepository repository, PlanImporter importer, boolean enabled) {
        this.repository = repository;
        this.importer = importer;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importOnFirstStart() {
        if (!enabled || !repository.planYears().isEmpty()) {
            return;
        }
        for (int year : YEARS) {
            ImportReport report = importer.run(PlanFiles.fromClasspath("waste-calendar/demo/" + year),
                    new ImportOptions(year, false, true));
            if (report.hasErrors()) {
                LOG.error("Demo waste-collection plan {} not imported:\n{}", year, report.summary());
            } else {
                LOG.info("Demo waste-collection plan {} imported", year);
            }
        }
    }
}
