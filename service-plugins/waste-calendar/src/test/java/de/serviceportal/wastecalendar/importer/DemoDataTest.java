package de.serviceportal.wastecalendar.importer;

import static org.assertj.core.api.Assertions.assertThat;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.schedule.CollectionSchedule;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;
import de.serviceportal.wastecalendar.search.AddressSearch;
import de.serviceportal.wastecalendar.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped demo plan (Merseburg with its Ortsteile, Leuna, Bad Dürrenberg) imports cleanly for 2026 and 2027. */
class DemoDataTest {

    @Test
    void demo_plan_imports_and_every_address_gets_all_four_fractions_in_both_years() {
        DataSource ds = TestDatabase.fresh(";MODE=PostgreSQL");
        WasteCalendarRepository repository = WasteCalendarRepository.of(ds);
        PlanImporter importer = new PlanImporter(repository, Clock.fixed(Instant.parse("2025-12-01T08:00:00Z"), ZoneOffset.UTC));

        ImportReport y2026 = importer.run(PlanFiles.fromClasspath("waste-calendar/demo/2026"), new ImportOptions(2026, false, true));
        assertThat(y2026.issues()).as(y2026.summary()).isEmpty();
        // 2027 against the street register built by 2026: every street must be known
        ImportReport y2027 = importer.run(PlanFiles.fromClasspath("waste-calendar/demo/2027"), new ImportOptions(2027, false, false));
        assertThat(y2027.issues()).as(y2027.summary()).isEmpty();

        JdbcClient jdbc = JdbcClient.create(ds);
        assertThat(jdbc.sql("SELECT name FROM wc_municipality ORDER BY name").query(String.class).list())
                .containsExactly("Bad Dürrenberg", "Leuna", "Merseburg");
        assertThat(jdbc.sql("""
                        SELECT o.name FROM wc_ortsteil o JOIN wc_municipality m ON m.id = o.municipality_id
                        WHERE m.name = 'Merseburg' ORDER BY o.name""").query(String.class).list())
                .containsExactlyInAnyOrder("Merseburg", "Beuna", "Geusa", "Meuschau", "Trebnitz", "Kötzschen",
                        "Atzendorf", "Blösien", "Zscherben");
        assertThat(repository.counts().get("wc_street")).isGreaterThanOrEqualTo(300);
        assertThat(repository.counts().get("wc_address")).isGreaterThan(repository.counts().get("wc_street"));
        assertThat(repository.planYears()).containsExactly(2026, 2027);

        CollectionSchedule schedule = new CollectionSchedule(repository, HolidayShiftPolicy.NEXT_DAY);
        List<Long> addresses = jdbc.sql("SELECT id FROM wc_address").query(Long.class).list();
        for (long id : addresses) {
            for (int year : new int[] {2026, 2027}) {
                List<Collection> all = schedule.year(id, year);
                Set<Fraction> fractions = all.stream().map(Collection::fraction).collect(Collectors.toSet());
                assertThat(fractions).as("address %d in %d", id, year).containsAll(EnumSet.copyOf(Fraction.regularFractions()));
                assertThat(all.stream().filter(c -> c.fraction() == Fraction.RESTABFALL).count())
                        .as("Restabfall every two weeks, address %d in %d", id, year).isBetween(25L, 27L);
                assertThat(all.stream().filter(c -> c.fraction() == Fraction.PAPIER).count()).isBetween(12L, 14L);
            }
        }

        assertThat(new AddressSearch(jdbc).search("gotthardstr 7", 5).matches()).extracting(m -> m.label())
                .containsExactly("Gotthardstraße 1–49 (ungerade), Merseburg");
    }
}
