package de.serviceportal.wastecalendar.importer;

import static org.assertj.core.api.Assertions.assertThat;

import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.testing.SamplePlan;
import de.serviceportal.wastecalendar.testing.TestDatabase;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanImporterTest {

    private static final Instant NOW = Instant.parse("2025-11-20T09:15:00Z");

    private DataSource dataSource;
    private WasteCalendarRepository repository;
    private PlanImporter importer;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabase.fresh();
        repository = WasteCalendarRepository.of(dataSource);
        importer = new PlanImporter(repository, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ImportOptions year2026() {
        return new ImportOptions(2026, false, true);
    }

    @Test
    void imports_a_valid_plan() {
        ImportReport report = importer.run(SamplePlan.files(), year2026());

        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(report.summary()).startsWith("Abfuhrplan 2026 wurde importiert.");
        assertThat(report.counts()).containsEntry("Straßen", 2).containsEntry("Adressen", 4)
                .containsEntry("Touren", 5).containsEntry("Regeln", 7).containsEntry("Ausnahmen", 2)
                .containsEntry("Sondertermine", 4);
        assertThat(repository.counts()).containsEntry("wc_municipality", 1).containsEntry("wc_ortsteil", 2)
                .containsEntry("wc_street", 2).containsEntry("wc_address", 4).containsEntry("wc_assignment", 16)
                .containsEntry("wc_rule", 7).containsEntry("wc_exception", 2).containsEntry("wc_special", 4);
        assertThat(repository.planChangedAt(2026)).contains(NOW);
    }

    @Test
    void dry_run_validates_but_writes_nothing() {
        ImportReport report = importer.run(SamplePlan.files(), new ImportOptions(2026, true, true));

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.imported()).isFalse();
        assertThat(report.summary()).startsWith("Probelauf für den Abfuhrplan 2026: keine Fehler");
        assertThat(report.counts()).containsEntry("Adressen", 4);
        assertThat(repository.counts().values()).allMatch(n -> n == 0);
    }

    @Test
    void reimport_replaces_the_year_and_keeps_address_ids() {
        importer.run(SamplePlan.files(), year2026());
        List<Long> idsBefore = addressIds();
        Instant later = NOW.plusSeconds(3600);
        new PlanImporter(repository, Clock.fixed(later, ZoneOffset.UTC)).run(SamplePlan.files(), year2026());

        assertThat(addressIds()).isEqualTo(idsBefore);
        assertThat(repository.counts()).containsEntry("wc_assignment", 16).containsEntry("wc_tour", 5);
        assertThat(repository.planChangedAt(2026)).contains(later);
    }

    @Test
    void known_streets_only_reports_unknown_street_with_suggestion() {
        importer.run(SamplePlan.files(), year2026());
        String streets = SamplePlan.STREETS.replace("Merseburg;Merseburg;Gotthardstraße;51;;;Restabfall",
                "Merseburg;Merseburg;Gothardstrasse;51;;;Restabfall");

        ImportReport report = importer.run(new PlanFiles(SamplePlan.TOURS, streets, null, null),
                new ImportOptions(2026, false, false));

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportIssue::toString).containsExactly(
                "Fehler: strassen.csv, Zeile 10: Unbekannte Straße „Gothardstrasse“ in Merseburg (Merseburg) – meinten Sie „Gotthardstraße“?");
    }

    @Test
    void every_kind_of_error_is_reported_with_file_and_line_and_nothing_is_imported() {
        String tours = SamplePlan.TOURS
                + "RA-3;Restabfall;Dienstag;14-täglich;;;;\n"                       // 9: neither parity nor start
                + "RA-4;Restabfall;Mittwoch;wöchentlich;;;01.12.2026;15.01.2027\n"  // 10: beyond the year
                + "RA-1;Restabfall;Dienstag;wöchentlich;;;01.06.2026;30.06.2026\n"  // 11: overlaps line 2
                + "PA-2;Papier;Mittwoch;4-wöchentlich;;08.01.2026;;\n"              // 12: start date is a Thursday
                + "RA-5;Restabfall;Dienstag;14-täglich;ungerade;;31.02.2026;\n"     // 13: impossible date
                + "X-1;Sperrmüll;Montag;wöchentlich;;;;\n";                         // 14: unknown fraction
        String streets = SamplePlan.STREETS
                + "Merseburg;Merseburg;Gotthardstraße;41;60;;Restabfall;RA-2\n"     // 18: overlaps 1–49 odd and 2–50 even
                + "Merseburg;Beuna;Lindenweg;;;;Restabfall;RA-9\n"                  // 19: unknown tour
                + "Merseburg;Beuna;Lindenweg;;;;Bioabfall;GT-1\n"                   // 20: tour of another fraction
                + "Merseburg;Beuna;Lindenweg;;;;Papier\n"                           // 21: too few columns
                + "Merseburg;Beuna;Lindenweg;zwölf;;;Gelbe Tonne;GT-1\n";          // 22: house number not a number
        String exceptions = SamplePlan.EXCEPTIONS
                + "RA-1;05.01.2027;verlegt;06.01.2027;\n"                            // 4: outside the year
                + "RA-1;08.04.2026;entfällt;;\n"                                    // 5: no collection that day
                + "GT-1;21.12.2026;entfällt;;\n";                                   // 6: duplicate of line 3
        String specials = SamplePlan.SPECIALS
                + "Schadstoffmobil;Leuna;;;14.03.2026;09:00;10:00;Markt;\n"          // 6: unknown municipality
                + "Weihnachtsbäume;Merseburg;;;09.01.2025;;;;\n";                   // 7: outside the year

        ImportReport report = importer.run(new PlanFiles(tours, streets, exceptions, specials), year2026());

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportIssue::toString).containsExactlyInAnyOrder(
                "Fehler: touren.csv, Zeile 9: 14-tägliche Touren brauchen entweder Kalenderwochen (gerade/ungerade) oder ein Startdatum.",
                "Fehler: touren.csv, Zeile 10: Gültigkeit 01.12.2026–15.01.2027 liegt nicht im Planjahr 2026.",
                "Fehler: touren.csv, Zeile 11: Regel der Tour „RA-1“ überschneidet sich zeitlich mit der Regel aus Zeile 2.",
                "Fehler: touren.csv, Zeile 12: Startdatum 08.01.2026 ist ein Donnerstag, die Tour fährt aber Mittwoch.",
                "Fehler: touren.csv, Zeile 13: „31.02.2026“ in Spalte „gültig ab“ ist kein gültiges Datum (erwartet TT.MM.JJJJ).",
                "Fehler: touren.csv, Zeile 14: Unbekannte Fraktion „Sperrmüll“. Bekannt sind: Restabfall, Bioabfall, Gelbe Tonne, "
                        + "Blaue Tonne, Schadstoffmobil, Weihnachtsbäume, Biotonnenreinigung, Baum- und Strauchschnitt.",
                "Fehler: strassen.csv, Zeile 18: Gotthardstraße: Hausnummern 41–60 für Restabfall überschneidet sich mit Zeile 2.",
                "Fehler: strassen.csv, Zeile 18: Gotthardstraße: Hausnummern 41–60 für Restabfall überschneidet sich mit Zeile 6.",
                "Fehler: strassen.csv, Zeile 18: Gotthardstraße: Hausnummern 41–60 für Restabfall überschneidet sich mit Zeile 10.",
                "Fehler: strassen.csv, Zeile 19: Unbekannte Tour „RA-9“ – sie fehlt in touren.csv.",
                "Fehler: strassen.csv, Zeile 20: Tour „GT-1“ fährt Gelbe Tonne, nicht Bioabfall.",
                "Fehler: strassen.csv, Zeile 21: Zeile hat 7 Spalten, erwartet werden 8 (Trennzeichen ist das Semikolon).",
                "Fehler: strassen.csv, Zeile 22: „zwölf“ in Spalte „Hausnummer von“ ist keine gültige Hausnummer (nur Ziffern).",
                "Fehler: ausnahmen.csv, Zeile 4: Datum 05.01.2027 liegt nicht im Planjahr 2026.",
                "Fehler: ausnahmen.csv, Zeile 5: Am 08.04.2026 hat Tour „RA-1“ keinen regulären Termin.",
                "Fehler: ausnahmen.csv, Zeile 6: Für diesen Termin gibt es schon eine Ausnahme in Zeile 3.",
                "Fehler: sondertermine.csv, Zeile 6: Unbekannte Gemeinde „Leuna“ – sie kommt in strassen.csv nicht vor.",
                "Fehler: sondertermine.csv, Zeile 7: Datum 09.01.2025 liegt nicht im Planjahr 2026.");
        assertThat(report.summary()).startsWith("Abfuhrplan 2026 wurde nicht importiert: 18 Fehler.");
        assertThat(repository.counts().values()).allMatch(n -> n == 0);
    }

    @Test
    void missing_columns_and_files_are_reported() {
        ImportReport report = importer.run(new PlanFiles("Tour;Fraktion;Tag\nRA-1;Restabfall;Montag\n", "", null, null),
                year2026());

        assertThat(report.errors()).extracting(ImportIssue::toString).containsExactly(
                "Fehler: touren.csv, Zeile 1: Spalte(n) fehlen in der Kopfzeile: Wochentag, Rhythmus, Kalenderwochen, "
                        + "Startdatum, gültig ab, gültig bis. Erwartet wird: Tour;Fraktion;Wochentag;Rhythmus;Kalenderwochen;"
                        + "Startdatum;gültig ab;gültig bis",
                "Fehler: strassen.csv: Die Datei fehlt oder ist leer.");
    }

    @Test
    void columns_may_be_reordered_quoted_and_the_file_may_start_with_a_bom() {
        String tours = "\uFEFFFraktion;TOUR;wochentag;Rhythmus;Kalenderwochen;Startdatum;Gültig ab;Gültig bis\r\n"
                + "Restabfall;\"RA;1\";Di;14-täglich;ungerade;;;\r\n";
        String streets = "Gemeinde;Ortsteil;Straße;Hausnummer von;Hausnummer bis;Seite;Fraktion;Tour\r\n"
                + "Leuna;;\"Straße des \"\"Friedens\"\"\";;;;Restabfall;\"RA;1\"\r\n";

        ImportReport report = importer.run(new PlanFiles(tours, streets, null, null), year2026());

        assertThat(report.errors()).isEmpty();
        assertThat(report.issues()).extracting(ImportIssue::toString).containsExactly(
                "Hinweis: strassen.csv, Zeile 2: Straße des \"Friedens\" : keine Tour für Bioabfall, Gelbe Tonne, Blaue Tonne.");
        assertThat(repository.knownStreets()).containsExactly("Leuna|Leuna|Straße des \"Friedens\"");
    }

    /** A failure while writing (here forced by a trigger) rolls back the whole import. */
    @Test
    void a_database_failure_in_the_middle_rolls_everything_back() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("CREATE TRIGGER wc_fail BEFORE INSERT ON wc_special FOR EACH ROW CALL \""
                    + FailingTrigger.class.getName() + "\"");
        }

        ImportReport report = importer.run(SamplePlan.files(), year2026());

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportIssue::message).singleElement().asString()
                .startsWith("Import abgebrochen, es wurde nichts übernommen");
        Map<String, Integer> counts = repository.counts();
        assertThat(counts.values()).as("%s", counts).allMatch(n -> n == 0);
    }

    @Test
    void a_year_out_of_range_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImportOptions(1999, false, true))
                .hasMessage("Das Jahr muss zwischen 2000 und 2100 liegen.");
    }

    private List<Long> addressIds() {
        return repository.counts().isEmpty() ? List.of()
                : org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("SELECT id FROM wc_address ORDER BY address_key").query(Long.class).list();
    }

    /** H2 trigger that fails every insert. */
    public static class FailingTrigger implements org.h2.api.Trigger {
        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws java.sql.SQLException {
            throw new java.sql.SQLException("forced failure");
        }
    }
}
