package de.serviceportal.wastecalendar.staff;

import de.serviceportal.testsupport.PortalHttp;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.wastecalendar.importer.PlanFiles;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.reminders.EmbeddedOutbox;
import de.serviceportal.wastecalendar.reminders.MailOutbox;
import de.serviceportal.wastecalendar.reminders.Reminders;
import de.serviceportal.wastecalendar.search.AddressSearch;

/**
 * The waste calendar's staff screens over real HTTP: permission per role, plan import with dry run and error
 * report (nothing imported), a valid import replacing a year, upload checks, CSRF, the embedded outbox, valid HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WasteStaffScreensTest.CONTEXT)
class WasteStaffScreensTest {

    /** Own context: the imports here change plans that other tests rely on. */
    static final String CONTEXT = "portal.test.context=waste-staff";
    static final String PASSWORD = "waste-staff-passwort";
    static final String IMPORT = "/.editor/plugins/waste-calendar/import";
    static final String OUTBOX = "/.editor/plugins/waste-calendar/postausgang";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    WasteCalendarRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Reminders reminders;
    @Autowired
    AddressSearch search;

    @BeforeEach
    void accounts() {
        createAccounts(accounts);
    }

    static void createAccounts(StaffAccounts accounts) {
        for (StaffRole role : StaffRole.values()) {
            String name = "waste-" + role.name().toLowerCase();
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, PASSWORD, "Abfall-Test " + role, null, Set.of(role));
            }
        }
    }

    PortalHttp login(String role) {
        return new PortalHttp(port).loggedIn("waste-" + role, PASSWORD);
    }

    @Test
    void theScreensNeedTheManagePermission() {
        for (String screen : List.of(IMPORT, OUTBOX)) {
            HttpResponse<String> anonymous = new PortalHttp(port).get(screen);
            assertThat(anonymous.statusCode()).as(screen).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/.login");
            assertThat(login("clerk").get(screen).statusCode()).as(screen).isEqualTo(403);
            assertThat(login("publisher").get(screen).statusCode()).as(screen).isEqualTo(403);
            assertThat(login("editor").get(screen).statusCode()).as(screen).isEqualTo(200);
            assertThat(login("admin").get(screen).statusCode()).as(screen).isEqualTo(200);
        }
        assertThat(login("editor").get("/.editor/plugins").body())
                .contains("href=\"" + IMPORT + "\"").contains("href=\"" + OUTBOX + "\"");
    }

    @Test
    void aDryRunWithABrokenFileReportsErrorsByFileAndLineAndImportsNothing() {
        PlanFiles demo = PlanFiles.fromClasspath("waste-calendar/demo/2026");
        String brokenTours = demo.tours().replaceFirst("MER-RA-01A;Restabfall;Montag;", "MER-RA-01A;Restabfall;Montagg;");
        String brokenStreets = demo.streets().replaceFirst(";MER-BIO-01A(\r?\n)", ";MER-BIO-99Z$1");
        Map<String, Integer> countsBefore = repository.counts();
        Instant changedBefore = repository.planChangedAt(2026).orElseThrow();

        PortalHttp editor = login("editor");
        for (String action : List.of("probelauf", "import")) {
            HttpResponse<String> report = upload(editor, "2026", action, brokenTours, brokenStreets, demo.exceptions());
            assertThat(report.statusCode()).as(action).isEqualTo(400);
            assertThat(report.body()).as(action)
                    .containsPattern("kann nicht importiert werden, es gibt \\d+ Fehler\\. Es wurde nichts gespeichert\\.")
                    .contains("role=\"alert\"")
                    .containsPattern("<td>touren\\.csv</td><td>2</td><td>[^<]*Montagg")
                    .containsPattern("<td>strassen\\.csv</td><td>3</td><td>[^<]*MER-BIO-99Z");
        }
        assertThat(repository.counts()).isEqualTo(countsBefore);
        assertThat(repository.planChangedAt(2026)).contains(changedBefore);

        HttpResponse<String> clean = upload(editor, "2026", "probelauf", demo.tours(), demo.streets(), demo.exceptions());
        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(clean.body()).contains("Probelauf für den Abfuhrplan 2026: keine Fehler. Es wurde nichts gespeichert");
        assertThat(repository.planChangedAt(2026)).as("a dry run stores nothing").contains(changedBefore);
    }

    @Test
    void aValidImportReplacesThePlanOfTheYear() {
        assertThat(specialsAndExceptions(2027)).isPositive();
        Instant changedBefore = repository.planChangedAt(2027).orElseThrow();
        PlanFiles demo = PlanFiles.fromClasspath("waste-calendar/demo/2027");

        // Without ausnahmen.csv and sondertermine.csv: the new plan of 2027 has none.
        HttpResponse<String> imported = upload(login("editor"), "2027", "import", demo.tours(), demo.streets(), null);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("Der Abfuhrplan 2027 wurde importiert und gilt ab sofort.")
                .contains("role=\"status\"");
        assertThat(repository.planChangedAt(2027).orElseThrow()).isAfter(changedBefore);
        assertThat(specialsAndExceptions(2027)).isZero();
        assertThat(repository.planYears()).contains(2026, 2027);
    }

    @Test
    void uploadsAreCheckedByContentAndNeedTheCsrfToken() {
        PortalHttp editor = login("editor");
        PlanFiles demo = PlanFiles.fromClasspath("waste-calendar/demo/2026");
        Map<String, Integer> countsBefore = repository.counts();

        byte[] latin1 = demo.tours().getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> notUtf8 = editor.postMultipart(IMPORT, fields(editor, "2026", "import"), List.of(
                new PortalHttp.Part("touren", "touren.csv", latin1),
                new PortalHttp.Part("strassen", "strassen.csv", demo.streets().getBytes(StandardCharsets.UTF_8))));
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(notUtf8.body()).containsPattern("<td>touren\\.csv</td><td>–</td><td>Die Datei ist keine Textdatei in UTF-8");

        HttpResponse<String> noHeader = upload(editor, "2026", "import", "nur Text ohne Spalten\nzweite Zeile\n",
                demo.streets(), null);
        assertThat(noHeader.body()).contains("Die erste Zeile muss die Spaltenüberschriften enthalten");

        HttpResponse<String> tooBig = upload(editor, "2026", "import", demo.tours(),
                demo.streets() + "#".repeat(1_000_001 - demo.streets().length()) + "\n", null);
        assertThat(tooBig.body()).contains("Die Datei ist zu groß (höchstens 1 MB).");

        HttpResponse<String> missing = editor.postMultipart(IMPORT, fields(editor, "1999", "import"), List.of());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("eine Jahreszahl zwischen 2000 und 2100")
                .contains("<td>touren.csv</td><td>–</td><td>Bitte laden Sie die Datei hoch");

        Map<String, String> withoutToken = new LinkedHashMap<>(Map.of("jahr", "2026", "aktion", "import"));
        assertThat(editor.postMultipart(IMPORT, withoutToken, List.of(
                new PortalHttp.Part("touren", "touren.csv", demo.tours().getBytes(StandardCharsets.UTF_8)),
                new PortalHttp.Part("strassen", "strassen.csv", demo.streets().getBytes(StandardCharsets.UTF_8))))
                .statusCode()).isEqualTo(403);
        assertThat(repository.counts()).isEqualTo(countsBefore);
    }

    @Test
    void withoutAMailServerMailsLandInTheOutboxThatStaffRead() {
        assertThat(outbox).isInstanceOf(EmbeddedOutbox.class);
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        String email = "postausgang." + System.nanoTime() + "@beispiel.de";
        reminders.subscribe(new Reminders.Request(email, String.valueOf(address), List.of("restabfall", "papier"),
                "evening", "merseburg"));
        String page = login("editor").get(OUTBOX).body();
        assertThat(page).contains("Es ist kein Mailserver eingerichtet")
                .contains("<strong>" + email + "</strong>")
                .contains("Bitte bestätigen Sie Ihre Erinnerung an die Abfuhrtermine")
                .contains("/.rest/waste-calendar/v1/reminders/confirm?token=");
    }

    @Test
    void theScreensAndReportsAreValidHtml() {
        PortalHttp editor = login("editor");
        PlanFiles demo = PlanFiles.fromClasspath("waste-calendar/demo/2026");
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        reminders.subscribe(new Reminders.Request("html." + System.nanoTime() + "@beispiel.de",
                String.valueOf(address), List.of("restabfall"), "morning", "merseburg"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(IMPORT, editor.get(IMPORT).body());
        pages.put(IMPORT + " (Fehlerbericht)", upload(editor, "2026", "probelauf",
                demo.tours().replaceFirst("Montag", "Montagg"), demo.streets(), null).body());
        pages.put(IMPORT + " (Probelauf ohne Fehler)", upload(editor, "2026", "probelauf", demo.tours(),
                demo.streets(), demo.exceptions()).body());
        pages.put(OUTBOX, editor.get(OUTBOX).body());
        PortalHttp citizen = new PortalHttp(port);
        String csrf = citizen.csrfToken();
        pages.put("Erinnerung angefordert", citizen.postForm("/.rest/waste-calendar/v1/reminders", Map.of(
                "_csrf", List.of(csrf), "email", List.of("neu@beispiel.de"), "address", List.of(String.valueOf(address)),
                "fractions", List.of("restabfall"), "lead", List.of("evening"), "site", List.of("merseburg"),
                "back", List.of("/merseburg/buergerservice/muellkalender"))).body());
        pages.put("Erinnerung abgelehnt", citizen.postForm("/.rest/waste-calendar/v1/reminders", Map.of(
                "_csrf", List.of(csrf), "email", List.of("falsch"), "site", List.of("merseburg"))).body());
        pages.put("Link ungültig", citizen.get("/.rest/waste-calendar/v1/reminders/unsubscribe?token=x").body());
        HtmlChecker.assertValid(pages);
    }

    HttpResponse<String> upload(PortalHttp http, String year, String action, String tours, String streets,
            String exceptions) {
        List<PortalHttp.Part> parts = new java.util.ArrayList<>(List.of(
                new PortalHttp.Part("touren", "touren.csv", tours.getBytes(StandardCharsets.UTF_8)),
                new PortalHttp.Part("strassen", "strassen.csv", streets.getBytes(StandardCharsets.UTF_8))));
        if (exceptions != null) {
            parts.add(new PortalHttp.Part("ausnahmen", "ausnahmen.csv", exceptions.getBytes(StandardCharsets.UTF_8)));
        }
        return http.postMultipart(IMPORT, fields(http, year, action), parts);
    }

    private static Map<String, String> fields(PortalHttp http, String year, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", PortalHttp.csrf(http.get(IMPORT).body()));
        fields.put("jahr", year);
        fields.put("aktion", action);
        return fields;
    }

    private int specialsAndExceptions(int year) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM wc_special WHERE plan_year = ?) + (SELECT COUNT(*) FROM "
                        + "wc_exception e JOIN wc_tour t ON t.id = e.tour_id WHERE t.plan_year = ?)")
                .params(year, year).query(Integer.class).single();
    }
}
