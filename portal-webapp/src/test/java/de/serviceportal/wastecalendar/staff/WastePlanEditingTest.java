package de.serviceportal.wastecalendar.staff;

import de.serviceportal.testsupport.PortalHttp;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.security.StaffAccounts;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.wastecalendar.model.CollectionRule;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.Tour;
import de.serviceportal.wastecalendar.persistence.PlanEditor;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.search.AddressSearch;

/**
 * Editing a stored plan through the staff screens over real HTTP. Each edit is checked by its real effect: what the
 * public collections endpoint answers for an affected address, and the ICS ETag. Invalid input gives 400 with a
 * German message, keeps the input and changes nothing; CSRF and the permission are enforced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WastePlanEditingTest.CONTEXT)
class WastePlanEditingTest {

    /** Own context: the edits change the 2026 plan that other tests rely on. */
    static final String CONTEXT = "portal.test.context=waste-edit";
    static final String TOURS = "/.editor/plugins/waste-calendar/touren";
    static final String TOUR = TOURS + "/tour";
    static final String STREETS = "/.editor/plugins/waste-calendar/strassen";
    static final int YEAR = 2026;
    private static final Pattern COLLECTION = Pattern.compile(
            "\\{\"date\":\"([0-9-]+)\",\"fraction\":\\{\"key\":\"([a-z-]+)\"[^}]*\\},\"plannedDate\":\"([0-9-]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    WasteCalendarRepository repository;
    @Autowired
    PlanEditor editor;
    @Autowired
    AddressSearch search;

    long address;

    @BeforeEach
    void setUp() {
        WasteStaffScreensTest.createAccounts(accounts);
        address = search.search("Gotthardstra", 5).matches().get(0).id();
    }

    PortalHttp login(String role) {
        return new PortalHttp(port).loggedIn("waste-" + role, WasteStaffScreensTest.PASSWORD);
    }

    record Pickup(LocalDate date, LocalDate planned) {
    }

    /** The collections endpoint's answer for the address, one fraction. */
    List<Pickup> collections(Fraction fraction, String from, String to) {
        HttpResponse<String> response = new PortalHttp(port).get("/.rest/waste-calendar/v1/collections?address="
                + address + "&from=" + from + "&to=" + to);
        assertThat(response.statusCode()).isEqualTo(200);
        List<Pickup> pickups = new ArrayList<>();
        Matcher m = COLLECTION.matcher(response.body());
        while (m.find()) {
            if (m.group(2).equals(fraction.key())) {
                pickups.add(new Pickup(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(3))));
            }
        }
        return pickups;
    }

    String icsEtag() {
        HttpResponse<String> ics = new PortalHttp(port).get("/.rest/waste-calendar/v1/addresses/" + address
                + "/calendar-" + YEAR + ".ics?site=merseburg");
        assertThat(ics.statusCode()).isEqualTo(200);
        return ics.headers().firstValue("ETag").orElseThrow();
    }

    PlanEditor.TourInfo tourOf(Fraction fraction) {
        Tour tour = repository.plan(address, YEAR).orElseThrow().tours().stream()
                .filter(t -> t.fraction() == fraction).findFirst().orElseThrow();
        return editor.tour(YEAR, tour.key()).orElseThrow();
    }

    static Map<String, List<String>> form(String csrf, String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (csrf != null) {
            form.put("_csrf", List.of(csrf));
        }
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    static String tourPage(PlanEditor.TourInfo tour) {
        return TOUR + "?jahr=" + YEAR + "&tour=" + tour.key();
    }

    @Test
    void editingARuleChangesTheCollectionsAndTheIcsEtag() {
        PlanEditor.TourInfo tour = tourOf(Fraction.RESTABFALL);
        PlanEditor.RuleRow rule = editor.rules(tour.id()).get(0);
        DayOfWeek newDay = rule.rule().weekday() == DayOfWeek.TUESDAY ? DayOfWeek.WEDNESDAY : DayOfWeek.TUESDAY;
        String etagBefore = icsEtag();
        Instant changedBefore = repository.planChangedAt(YEAR).orElseThrow();
        assertThat(collections(Fraction.RESTABFALL, "2026-02-01", "2026-02-28"))
                .allSatisfy(p -> assertThat(p.planned().getDayOfWeek()).isEqualTo(rule.rule().weekday()));

        PortalHttp staff = login("editor");
        String csrf = PortalHttp.csrf(staff.get(tourPage(tour)).body());
        HttpResponse<String> saved = staff.postForm(TOURS + "/regel", form(csrf, "jahr", "2026", "tour", tour.key(),
                "regel", String.valueOf(rule.id()), "wochentag", String.valueOf(newDay.getValue()), "rhythmus", "1",
                "kw", "", "start", "", "ab", rule.rule().validFrom().toString(), "bis", rule.rule().validTo().toString()));
        assertThat(saved.statusCode()).isEqualTo(303);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("gespeichert=regel");
        assertThat(staff.get(location.replaceFirst("^https?://[^/]+", "")).body())
                .contains("role=\"status\"").contains("Die Regel wurde gespeichert.");

        // Weekly on the new day, in a month without holidays: four or five planned dates, all on that day.
        List<Pickup> after = collections(Fraction.RESTABFALL, "2026-02-01", "2026-02-28");
        assertThat(after).hasSize(4).allSatisfy(p -> {
            assertThat(p.planned().getDayOfWeek()).isEqualTo(newDay);
            assertThat(p.date()).isEqualTo(p.planned());
        });
        assertThat(repository.planChangedAt(YEAR).orElseThrow()).isAfter(changedBefore);
        String etagAfter = icsEtag();
        assertThat(etagAfter).isNotEqualTo(etagBefore);
        HttpResponse<String> revalidated = new PortalHttp(port).getWith("/.rest/waste-calendar/v1/addresses/" + address
                + "/calendar-" + YEAR + ".ics?site=merseburg", "If-None-Match", etagBefore);
        assertThat(revalidated.statusCode()).as("an old ETag no longer gets 304").isEqualTo(200);
    }

    @Test
    void anInvalidRuleIsRejectedInGermanAndChangesNothing() {
        PlanEditor.TourInfo tour = tourOf(Fraction.RESTABFALL);
        PlanEditor.RuleRow rule = editor.rules(tour.id()).get(0);
        Instant changedBefore = repository.planChangedAt(YEAR).orElseThrow();
        List<Pickup> before = collections(Fraction.RESTABFALL, "2026-01-01", "2026-12-31");
        PortalHttp staff = login("editor");
        String csrf = PortalHttp.csrf(staff.get(tourPage(tour)).body());

        Map<String, String> cases = new LinkedHashMap<>();
        // rhythm|week parity|start date|valid from|valid to
        cases.put("2|||2026-01-01|2026-12-31", "14-tägliche Abfuhr braucht gerade oder ungerade Kalenderwochen oder ein Startdatum.");
        cases.put("4|ungerade||2026-01-01|2026-12-31", "4-wöchentliche Abfuhr braucht ein Startdatum.");
        cases.put("2|ungerade|2026-01-05|2026-01-01|2026-12-31", "entweder Kalenderwochen oder ein Startdatum");
        cases.put("4||2026-01-06|2026-01-01|2026-12-31", "Das Startdatum 06.01.2026 ist ein Dienstag; es muss ein Montag sein.");
        cases.put("1|||2026-01-01|2027-02-01", "„gültig bis“ muss im Planjahr 2026 liegen.");
        cases.put("1|||2026-05-01|2026-04-01", "„gültig bis“ darf nicht vor „gültig ab“ liegen.");
        cases.put("1|||32.13.2026|2026-04-01", "gültig ab: „32.13.2026“ ist kein gültiges Datum");
        cases.put("1|gerade||2026-01-01|2026-12-31", "Bei wöchentlicher Abfuhr bleiben Kalenderwochen und Startdatum leer.");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String[] f = c.getKey().split("\\|", -1);
            HttpResponse<String> rejected = staff.postForm(TOURS + "/regel", form(csrf, "jahr", "2026",
                    "tour", tour.key(), "regel", String.valueOf(rule.id()), "wochentag", "1", "rhythmus", f[0],
                    "kw", f[1], "start", f[2], "ab", f[3], "bis", f[4]));
            assertThat(rejected.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(rejected.body()).as(c.getKey()).contains(c.getValue()).contains("Es wurde nichts gespeichert.")
                    .contains("aria-invalid=\"true\"");
        }
        HttpResponse<String> kept = staff.postForm(TOURS + "/regel", form(csrf, "jahr", "2026", "tour", tour.key(),
                "regel", String.valueOf(rule.id()), "wochentag", "3", "rhythmus", "1", "ab", "2026-01-01",
                "bis", "2027-03-04"));
        assertThat(kept.body()).as("the input is kept").contains("value=\"2027-03-04\"")
                .contains("<option value=\"3\" selected>Mittwoch</option>");
        assertThat(repository.planChangedAt(YEAR)).contains(changedBefore);
        assertThat(collections(Fraction.RESTABFALL, "2026-01-01", "2026-12-31")).isEqualTo(before);
        assertThat(editor.rules(tour.id()).get(0)).isEqualTo(rule);
    }

    @Test
    void exceptionsMoveOrCancelACollectionAndCanBeRemoved() {
        PlanEditor.TourInfo tour = tourOf(Fraction.PAPIER);
        List<Pickup> planned = collections(Fraction.PAPIER, "2026-05-01", "2026-09-30").stream()
                .filter(p -> p.date().equals(p.planned())).toList();
        LocalDate moved = planned.get(0).planned();
        LocalDate cancelled = planned.get(1).planned();
        PortalHttp staff = login("editor");
        String csrf = PortalHttp.csrf(staff.get(tourPage(tour)).body());

        HttpResponse<String> move = staff.postForm(TOURS + "/ausnahme", form(csrf, "jahr", "2026", "tour", tour.key(),
                "datum", moved.toString(), "art", "verlegt", "neuesDatum", moved.plusDays(1).toString(),
                "hinweis", "Straßenfest: Abfuhr einen Tag später"));
        assertThat(move.statusCode()).isEqualTo(303);
        assertThat(move.headers().firstValue("Location").orElseThrow()).contains("gespeichert=ausnahme");
        HttpResponse<String> cancel = staff.postForm(TOURS + "/ausnahme", form(csrf, "jahr", "2026",
                "tour", tour.key(), "datum", cancelled.format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")),
                "art", "entfaellt", "neuesDatum", "", "hinweis", ""));
        assertThat(cancel.statusCode()).isEqualTo(303);

        List<Pickup> after = collections(Fraction.PAPIER, "2026-05-01", "2026-09-30");
        assertThat(after).contains(new Pickup(moved.plusDays(1), moved))
                .noneMatch(p -> p.date().equals(moved) || p.planned().equals(cancelled));
        assertThat(staff.get(tourPage(tour) + "&gespeichert=ausnahme").body())
                .contains("Straßenfest: Abfuhr einen Tag später").contains("entfällt");

        // Invalid: nothing changes.
        Instant changedBefore = repository.planChangedAt(YEAR).orElseThrow();
        LocalDate notPlanned = planned.get(2).planned().plusDays(1);
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("Für den " + de(moved) + " gibt es bei dieser Tour schon eine Ausnahme",
                new String[] {moved.toString(), "entfaellt", ""});
        cases.put("Bei „verlegt“ geben Sie bitte das neue Datum an.",
                new String[] {planned.get(2).planned().toString(), "verlegt", ""});
        cases.put("Das Datum 05.01.2027 liegt nicht im Planjahr 2026.", new String[] {"2027-01-05", "entfaellt", ""});
        cases.put("Am " + de(notPlanned) + " ist für diese Tour keine Abfuhr geplant.",
                new String[] {notPlanned.toString(), "entfaellt", ""});
        cases.put("Bitte geben Sie das Datum der geplanten Abfuhr an.", new String[] {"", "entfaellt", ""});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            HttpResponse<String> rejected = staff.postForm(TOURS + "/ausnahme", form(csrf, "jahr", "2026",
                    "tour", tour.key(), "datum", c.getValue()[0], "art", c.getValue()[1], "neuesDatum", c.getValue()[2],
                    "hinweis", "bleibt stehen"));
            assertThat(rejected.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(rejected.body()).as(c.getKey()).contains(c.getKey()).contains("value=\"bleibt stehen\"");
        }
        assertThat(repository.planChangedAt(YEAR)).contains(changedBefore);
        assertThat(collections(Fraction.PAPIER, "2026-05-01", "2026-09-30")).isEqualTo(after);

        for (PlanEditor.ExceptionRow row : editor.exceptions(tour.id())) {
            if (row.originalDate().equals(moved) || row.originalDate().equals(cancelled)) {
                HttpResponse<String> removed = staff.postForm(TOURS + "/ausnahme-entfernen", form(csrf, "jahr", "2026",
                        "tour", tour.key(), "ausnahme", String.valueOf(row.id())));
                assertThat(removed.statusCode()).isEqualTo(303);
                assertThat(removed.headers().firstValue("Location").orElseThrow()).contains("gespeichert=entfernt");
            }
        }
        assertThat(collections(Fraction.PAPIER, "2026-05-01", "2026-09-30")).containsAll(planned);
    }

    @Test
    void aStreetRangeMovesToAnotherTourOfTheFraction() {
        PlanEditor.TourInfo current = tourOf(Fraction.GELBE_TONNE);
        List<Pickup> before = collections(Fraction.GELBE_TONNE, "2026-01-01", "2026-12-31");
        PlanEditor.TourInfo other = editor.tours(YEAR).stream()
                .filter(t -> t.fraction() == Fraction.GELBE_TONNE && !t.key().equals(current.key()))
                .filter(t -> !plannedDates(t).equals(plannedDates(current))).findFirst().orElseThrow();
        PlanEditor.TourInfo wrongFraction = editor.tours(YEAR).stream()
                .filter(t -> t.fraction() == Fraction.BIOABFALL).findFirst().orElseThrow();
        long street = repository.address(address).map(a -> editor.streets(
                de.serviceportal.wastecalendar.search.SearchText.normalize(a.street()), a.municipality(), 5).get(0).id())
                .orElseThrow();
        PortalHttp staff = login("editor");
        String found = staff.get(STREETS + "?q=gotthard&gemeinde=Merseburg").body();
        assertThat(found).contains("href=\"" + STREETS + "?strasse=" + street + "&amp;jahr=");
        String page = staff.get(STREETS + "?strasse=" + street + "&jahr=2026").body();
        assertThat(page).contains(">" + current.key() + "</a>");
        String csrf = PortalHttp.csrf(page);

        Instant changedBefore = repository.planChangedAt(YEAR).orElseThrow();
        for (String[] c : List.of(new String[] {wrongFraction.key(), "fährt Bioabfall, nicht Gelbe Tonne"},
                new String[] {"GIBT-ES-NICHT", "Die Tour „GIBT-ES-NICHT“ gibt es im Planjahr 2026 nicht."})) {
            HttpResponse<String> rejected = staff.postForm(STREETS + "/tour", form(csrf, "jahr", "2026",
                    "strasse", String.valueOf(street), "adresse", String.valueOf(address), "fraktion", "gelbe-tonne",
                    "tour", c[0]));
            assertThat(rejected.statusCode()).isEqualTo(400);
            assertThat(rejected.body()).contains(c[1]).contains("Es wurde nichts gespeichert.");
        }
        assertThat(repository.planChangedAt(YEAR)).contains(changedBefore);
        assertThat(collections(Fraction.GELBE_TONNE, "2026-01-01", "2026-12-31")).isEqualTo(before);

        HttpResponse<String> saved = staff.postForm(STREETS + "/tour", form(csrf, "jahr", "2026",
                "strasse", String.valueOf(street), "adresse", String.valueOf(address), "fraktion", "gelbe-tonne",
                "tour", other.key()));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(staff.get(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("Die Tour wurde geändert.").contains(">" + other.key() + "</a>");
        List<LocalDate> after = collections(Fraction.GELBE_TONNE, "2026-01-01", "2026-12-31").stream()
                .map(Pickup::planned).toList();
        assertThat(after).isNotEqualTo(before.stream().map(Pickup::planned).toList())
                .containsAll(plannedDates(other).stream().filter(d -> editor.exceptions(other.id()).stream()
                        .noneMatch(e -> e.originalDate().equals(d))).toList());
        assertThat(repository.planChangedAt(YEAR).orElseThrow()).isAfter(changedBefore);
    }

    private List<LocalDate> plannedDates(PlanEditor.TourInfo tour) {
        List<LocalDate> dates = new ArrayList<>();
        for (PlanEditor.RuleRow r : editor.rules(tour.id())) {
            dates.addAll(r.rule().datesBetween(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)));
        }
        return dates.stream().sorted().toList();
    }

    @Test
    void editsNeedTheCsrfTokenAndTheManagePermission() {
        PlanEditor.TourInfo tour = tourOf(Fraction.BIOABFALL);
        CollectionRule rule = editor.rules(tour.id()).get(0).rule();
        long ruleId = editor.rules(tour.id()).get(0).id();
        Instant changedBefore = repository.planChangedAt(YEAR).orElseThrow();
        Map<String, List<String>> fields = form(null, "jahr", "2026", "tour", tour.key(), "regel", String.valueOf(ruleId),
                "wochentag", "6", "rhythmus", "1", "ab", rule.validFrom().toString(), "bis", rule.validTo().toString());

        PortalHttp editorWithoutToken = login("editor");
        assertThat(editorWithoutToken.postForm(TOURS + "/regel", fields).statusCode()).isEqualTo(403);
        for (String role : List.of("clerk", "publisher")) {
            PortalHttp staff = login(role);
            for (String screen : List.of(TOURS, tourPage(tour), STREETS, STREETS + "?q=gotthard")) {
                assertThat(staff.get(screen).statusCode()).as(role + " " + screen).isEqualTo(403);
            }
            Map<String, List<String>> withToken = new LinkedHashMap<>(fields);
            withToken.put("_csrf", List.of(staff.csrfToken()));
            assertThat(staff.postForm(TOURS + "/regel", withToken).statusCode()).as(role).isEqualTo(403);
        }
        HttpResponse<String> anonymous = new PortalHttp(port).get(TOURS);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/.login");
        assertThat(repository.planChangedAt(YEAR)).contains(changedBefore);
        assertThat(editor.rules(tour.id()).get(0).rule()).isEqualTo(rule);
        for (String role : List.of("editor", "admin")) {
            PortalHttp staff = login(role);
            assertThat(staff.get(TOURS).statusCode()).isEqualTo(200);
            assertThat(staff.get(STREETS).statusCode()).isEqualTo(200);
        }
        assertThat(login("editor").get("/.editor/plugins").body())
                .contains("href=\"" + TOURS + "\"").contains("href=\"" + STREETS + "\"");
    }

    @Test
    void theEditingScreensAreValidHtml() {
        PlanEditor.TourInfo tour = tourOf(Fraction.RESTABFALL);
        long ruleId = editor.rules(tour.id()).get(0).id();
        PortalHttp staff = login("editor");
        String tourHtml = staff.get(tourPage(tour)).body();
        String csrf = PortalHttp.csrf(tourHtml);
        long street = editor.streets("gotthard", "", 5).get(0).id();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(TOURS, staff.get(TOURS + "?jahr=2026").body());
        pages.put("Tour", tourHtml);
        pages.put("Tour (Regel mit Fehlern)", staff.postForm(TOURS + "/regel", form(csrf, "jahr", "2026",
                "tour", tour.key(), "regel", String.valueOf(ruleId), "wochentag", "1", "rhythmus", "2", "ab", "x",
                "bis", "2027-01-01")).body());
        pages.put("Tour (Ausnahme mit Fehlern)", staff.postForm(TOURS + "/ausnahme", form(csrf, "jahr", "2026",
                "tour", tour.key(), "datum", "2027-01-01", "art", "verlegt")).body());
        pages.put(STREETS, staff.get(STREETS).body());
        pages.put(STREETS + " (Treffer)", staff.get(STREETS + "?q=stra%C3%9Fe").body());
        pages.put(STREETS + " (Straße)", staff.get(STREETS + "?strasse=" + street + "&jahr=2026&gespeichert=tour").body());
        pages.put(STREETS + " (Fehler)", staff.postForm(STREETS + "/tour", form(csrf, "jahr", "2026",
                "strasse", String.valueOf(street), "adresse", String.valueOf(editor.ranges(street).get(0).addressId()),
                "fraktion", "restabfall", "tour", "GIBT-ES-NICHT")).body());
        HtmlChecker.assertValid(pages);
    }

    private static String de(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
