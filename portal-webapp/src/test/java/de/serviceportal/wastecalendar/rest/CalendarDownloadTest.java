package de.serviceportal.wastecalendar.rest;

import static de.serviceportal.wastecalendar.rest.RestClient.BASE;
import static de.serviceportal.wastecalendar.rest.RestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.wastecalendar.importer.ImportOptions;
import de.serviceportal.wastecalendar.importer.ImportReport;
import de.serviceportal.wastecalendar.importer.PlanFiles;
import de.serviceportal.wastecalendar.importer.PlanImporter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;

/** The ICS endpoint as calendar apps use it: download, subscription polling with 304, options. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarDownloadTest {

    @LocalServerPort
    int port;

    @Autowired
    PlanImporter importer;

    RestClient http;
    long address;

    @BeforeEach
    void findAddress() {
        http = new RestClient(port);
        address = RestClient.json(http.get(BASE + "/addresses?q=Gotthardstra%C3%9Fe%203"))
                .get("matches").get(0).get("id").asLong();
    }

    private String ics(String query) {
        return BASE + "/addresses/" + address + "/calendar-2026.ics" + query;
    }

    private HttpResponse<String> ok(String path, String... headers) {
        HttpResponse<String> response = http.get(path, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static List<VEvent> events(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        return calendar.getComponents("VEVENT");
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static List<String> uids(List<VEvent> events) {
        List<String> uids = new ArrayList<>();
        events.forEach(e -> uids.add(value(e, "UID")));
        return uids;
    }

    @Test
    void downloadIsACalendarWithCacheHeaders() throws Exception {
        HttpResponse<String> response = ok(ics(""));
        assertThat(header(response, "Content-Type")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
        assertThat(header(response, "Content-Disposition"))
                .matches("inline; filename=\"abfallkalender-2026-gotthardstrasse-[a-z0-9-]+\\.ics\"");
        assertThat(header(response, "ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(header(response, "Cache-Control")).isEqualTo("max-age=3600, public");
        ZonedDateTime lastModified = ZonedDateTime.parse(header(response, "Last-Modified"),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(lastModified.getYear()).isGreaterThanOrEqualTo(2026);

        List<VEvent> events = events(response.body());
        assertThat(events.size()).isGreaterThan(100); // four regular fractions over a year
        for (VEvent event : events) {
            assertThat(value(event, "DTSTART")).startsWith("2026");
            assertThat(event.getComponents("VALARM")).isEmpty();
        }
        assertThat(uids(events)).doesNotHaveDuplicates();
    }

    @Test
    void uidsAndBytesAreStableBetweenDownloads() throws Exception {
        HttpResponse<String> first = ok(ics("?site=merseburg"));
        HttpResponse<String> second = ok(ics("?site=merseburg"));
        assertThat(uids(events(second.body()))).isEqualTo(uids(events(first.body())));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
        // The JSON endpoint names the same events.
        String json = http.get(BASE + "/collections?address=" + address + "&from=2026-01-01&to=2026-01-31").body();
        assertThat(json).contains(uids(events(first.body())).get(0));
    }

    @Test
    void alarmIsAddedWhenAsked() throws Exception {
        HttpResponse<String> plain = ok(ics(""));
        HttpResponse<String> withAlarm = ok(ics("?alarm=6"));
        assertThat(header(withAlarm, "ETag")).isNotEqualTo(header(plain, "ETag"));
        List<VEvent> events = events(withAlarm.body());
        for (VEvent event : events) {
            List<VAlarm> alarms = event.getComponents("VALARM");
            assertThat(alarms).hasSize(1);
            assertThat(alarms.get(0).<Property>getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("-PT6H");
            assertThat(alarms.get(0).<Property>getProperty("ACTION").orElseThrow().getValue()).isEqualTo("DISPLAY");
        }
        assertThat(uids(events)).isEqualTo(uids(events(plain.body())));
    }

    @Test
    void fractionFilterKeepsOnlyTheChosenFractions() throws Exception {
        List<VEvent> all = events(ok(ics("")).body());
        List<VEvent> some = events(ok(ics("?fractions=restabfall,gelbe-tonne")).body());
        assertThat(some.size()).isPositive().isLessThan(all.size());
        List<String> summaries = new ArrayList<>();
        some.forEach(e -> summaries.add(value(e, "SUMMARY")));
        assertThat(summaries).contains("Restabfall", "Gelbe Tonne").allMatch(s -> s.equals("Restabfall") || s.equals("Gelbe Tonne"));
        // A filtered event keeps the UID it has in the full calendar.
        assertThat(uids(all)).containsAll(uids(some));
    }

    @Test
    void conditionalRequestsGet304() {
        HttpResponse<String> first = ok(ics(""));
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");

        HttpResponse<String> byEtag = http.get(ics(""), "If-None-Match", etag);
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(header(byEtag, "ETag")).isEqualTo(etag);
        assertThat(header(byEtag, "Cache-Control")).isEqualTo("max-age=3600, public");

        assertThat(http.get(ics(""), "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
        assertThat(http.get(ics(""), "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

        // A different calendar (other options) or an older copy is sent in full.
        assertThat(http.get(ics("?alarm=6"), "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(http.get(ics(""), "If-None-Match", "\"0123\"").statusCode()).isEqualTo(200);
        assertThat(http.get(ics(""), "If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT").statusCode()).isEqualTo(200);
        // If-None-Match wins over If-Modified-Since (RFC 9110).
        assertThat(http.get(ics(""), "If-None-Match", "\"0123\"", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aNewPlanImportChangesTheEtagAndOldCopiesAreSentAgain() throws Exception {
        HttpResponse<String> before = ok(ics("?fractions=papier"));
        String etag = header(before, "ETag");
        assertThat(http.get(ics("?fractions=papier"), "If-None-Match", etag).statusCode()).isEqualTo(304);

        Thread.sleep(1100); // Last-Modified has second precision
        ImportReport report = importer.run(PlanFiles.fromClasspath("waste-calendar/demo/2027"),
                new ImportOptions(2027, false, false)); // the next year counts too: shifts cross New Year
        assertThat(report.hasErrors()).as(report.summary()).isFalse();

        HttpResponse<String> after = http.get(ics("?fractions=papier"), "If-None-Match", etag,
                "If-Modified-Since", header(before, "Last-Modified"));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(header(after, "ETag")).isNotEqualTo(etag);
        assertThat(uids(events(after.body()))).isEqualTo(uids(events(before.body()))); // same events, new DTSTAMP
        assertThat(http.get(ics("?fractions=papier"), "If-None-Match", header(after, "ETag")).statusCode())
                .isEqualTo(304);
    }

    @Test
    void headRequestsAndWildcardsFollowTheSameRules() throws Exception {
        HttpResponse<String> first = ok(ics("?alarm=12"));
        HttpResponse<Void> head = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(http.origin() + ics("?alarm=12")))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("If-None-Match", "W/" + header(first, "ETag")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(304);
        assertThat(http.get(ics("?alarm=12"), "If-None-Match", "*").statusCode()).isEqualTo(304);
    }

    private String refused(String path, int status) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).isEqualToIgnoringCase("text/plain;charset=UTF-8");
        return response.body();
    }

    @Test
    void badInputIsRefusedWithAGermanText() {
        String other = BASE + "/addresses/" + address;
        assertThat(refused(other + "/calendar-1999.ics", 400)).isEqualTo("Das Jahr muss zwischen 2000 und 2100 liegen.");
        assertThat(refused(other + "/calendar-2101.ics", 400)).contains("zwischen 2000 und 2100");
        assertThat(refused(other + "/calendar-zwanzig.ics", 400)).contains("„zwanzig“");
        assertThat(refused(BASE + "/addresses/987654321/calendar-2026.ics", 404)).contains("987654321 ist nicht bekannt");
        assertThat(refused(BASE + "/addresses/abc/calendar-2026.ics", 400)).contains("„abc“");
        assertThat(refused(ics("?alarm=0"), 400)).contains("„alarm“").contains("1 bis 72");
        assertThat(refused(ics("?alarm=bald"), 400)).contains("„alarm“");
        assertThat(refused(ics("?fractions=glas"), 400)).contains("„glas“");
        assertThat(refused(ics("?site=atlantis"), 400)).contains("atlantis");
    }

    @Test
    void aYearWithoutPlanIsAnEmptyCalendarToSubscribeTo() throws Exception {
        HttpResponse<String> response = ok(BASE + "/addresses/" + address + "/calendar-2030.ics");
        assertThat(events(response.body())).isEmpty();
        assertThat(header(response, "Last-Modified")).isNull();
        assertThat(header(response, "ETag")).isNotNull();
    }
}
