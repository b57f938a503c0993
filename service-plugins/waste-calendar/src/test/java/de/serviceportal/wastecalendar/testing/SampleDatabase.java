package de.serviceportal.wastecalendar.testing;

import de.serviceportal.wastecalendar.importer.ImportOptions;
import de.serviceportal.wastecalendar.importer.ImportReport;
import de.serviceportal.wastecalendar.importer.PlanImporter;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database with {@link SamplePlan} imported for 2026. */
public record SampleDatabase(DataSource dataSource, WasteCalendarRepository repository) {

    public static final Instant CHANGED_AT = Instant.parse("2025-11-20T09:15:00Z");

    public static SampleDatabase create() {
        DataSource ds = TestDatabase.fresh();
        WasteCalendarRepository repository = WasteCalendarRepository.of(ds);
        ImportReport report = new PlanImporter(repository, Clock.fixed(CHANGED_AT, ZoneOffset.UTC))
                .run(SamplePlan.files(), new ImportOptions(2026, false, true));
        if (!report.imported()) {
            throw new IllegalStateException(report.summary());
        }
        return new SampleDatabase(ds, repository);
    }

    public long addressId(String key) {
        return JdbcClient.create(dataSource).sql("SELECT id FROM wc_address WHERE address_key = ?").param(key)
                .query(Long.class).single();
    }
}
