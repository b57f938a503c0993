package de.serviceportal.wastecalendar.rest;

import static de.serviceportal.wastecalendar.rest.RestClient.BASE;
import static de.serviceportal.wastecalendar.rest.RestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The JSON endpoints for apps, over real HTTP against the portal with the demo plans. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AddressAndCollectionApiTest {

    /** The default year of the calendar URLs: the current one in Germany. */
    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void client() {
        http = new RestClient(port);
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = http.get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(RestClient.header(response, "Content-Type")).startsWith("application/json");
        return json(response);
    }

    /** 4xx with Magnolia's error shape {"error":{"code","message"}}; returns the German message. */
    private String error(String path, int status, String code) {
        HttpResponse<String> response = http.get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(RestClient.header(response, "Content-Type")).startsWith("application/json");
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        return error.get("message").asString();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long gotthardstrasse() {
        return ok(BASE + "/addresses?q=" + q("Gotthardstraße 3")).get("matches").get(0).get("id").asLong();
    }

    @Test
    void searchFindsAddressesWithTheirCalendarUrls() {
        JsonNode result = ok(BASE + "/addresses?q=gotthardstrasse&limit=5");
        JsonNode matches = result.get("matches");
        assertThat(matches.size()).isBetween(1, 5);
        assertThat(result.get("suggestions").size()).isZero();
        assertThat(result.get("message").isNull()).isTrue();
        JsonNode first = matches.get(0);
        long id = first.get("id").asLong();
        assertThat(first.get("street").asString()).isEqualTo("Gotthardstraße");
        assertThat(first.get("municipality").asString()).isEqualTo("Merseburg");
        assertThat(first.get("ortsteil").asString()).isEqualTo("Merseburg");
        assertThat(first.get("label").asString()).startsWith("Gotthardstraße").endsWith(", Merseburg");
        assertThat(first.has("houseNumbers")).isTrue();
        // The calendar URLs point at the host the request came to; the current year by default.
        String ics = first.get("icsUrl").asString();
        String file = "/calendar-" + THIS_YEAR + ".ics";
        assertThat(ics).isEqualTo(http.origin() + BASE + "/addresses/" + id + file);
        assertThat(first.get("webcalUrl").asString())
                .isEqualTo("webcal://127.0.0.1:" + port + BASE + "/addresses/" + id + file);
        HttpResponse<String> calendar = http.get(ics);
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR").contains("Gotthardstraße");
    }

    @Test
    void houseNumberPicksTheRangeOfASplitStreetAndSiteAndYearGoIntoTheUrls() {
        JsonNode matches = ok(BASE + "/addresses?q=" + q("Gotthardstraße 3") + "&site=saalekreis&year=2027")
                .get("matches");
        assertThat(matches.size()).isEqualTo(1);
        assertThat(matches.get(0).get("houseNumbers").asString()).contains("ungerade");
        assertThat(matches.get(0).get("icsUrl").asString()).endsWith("/calendar-2027.ics?site=saalekreis");
        JsonNode even = ok(BASE + "/addresses?q=" + q("Gotthardstraße 4")).get("matches");
        assertThat(even.get(0).get("id").asLong()).isNotEqualTo(matches.get(0).get("id").asLong());
    }

    @Test
    void typoGetsSuggestionsAndAGermanMessage() {
        JsonNode result = ok(BASE + "/addresses?q=" + q("Gothardstrase"));
        assertThat(result.get("matches").size()).isZero();
        assertThat(result.get("message").asString()).contains("Meinten Sie").contains("Gotthardstraße");
        List<String> streets = new ArrayList<>();
        result.get("suggestions").forEach(s -> streets.add(s.get("street").asString()));
        assertThat(streets).contains("Gotthardstraße");
        assertThat(result.get("suggestions").get(0).get("icsUrl").asString()).contains("/calendar-" + THIS_YEAR + ".ics");
    }

    @Test
    void badSearchInputIsRefusedWithMagnoliaShapedErrors() {
        assertThat(error(BASE + "/addresses", 400, "missingParameter")).contains("Straßennamen");
        assertThat(error(BASE + "/addresses?q=%20%20", 400, "missingParameter")).contains("Straßennamen");
        assertThat(error(BASE + "/addresses?q=" + "a".repeat(101), 400, "invalidParameter")).contains("zu lang");
        assertThat(error(BASE + "/addresses?q=weg&limit=0", 400, "invalidParameter")).contains("„limit“");
        assertThat(error(BASE + "/addresses?q=weg&limit=viele", 400, "invalidParameter")).contains("„limit“");
        assertThat(error(BASE + "/addresses?q=weg&year=3000", 400, "invalidParameter")).contains("„year“");
        assertThat(error(BASE + "/addresses?q=weg&site=atlantis", 400, "invalidParameter")).contains("atlantis");
    }

    @Test
    void collectionsOfAnAddressWithFractionsAndUids() {
        long id = gotthardstrasse();
        JsonNode list = ok(BASE + "/collections?address=" + id + "&from=2026-01-01&to=2026-01-31");
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isGreaterThanOrEqualTo(4);
        List<String> fractions = new ArrayList<>();
        for (JsonNode c : list) {
            assertThat(c.get("date").asString()).matches("2026-01-\\d\\d");
            assertThat(c.get("plannedDate").asString()).matches("20\\d\\d-\\d\\d-\\d\\d");
            JsonNode fraction = c.get("fraction");
            assertThat(fraction.get("colour").asString()).matches("#[0-9A-F]{6}");
            assertThat(fraction.get("icon").asString()).isNotBlank();
            assertThat(fraction.get("name").asString()).isNotBlank();
            assertThat(c.get("uid").asString()).startsWith(c.get("plannedDate").asString().replace("-", "") + "-"
                    + fraction.get("key").asString() + "-").endsWith("@serviceportal.saalekreis.example");
            fractions.add(fraction.get("key").asString());
        }
        assertThat(fractions).contains("restabfall", "bioabfall", "gelbe-tonne", "papier");
        // sorted by date
        List<String> dates = new ArrayList<>();
        list.forEach(c -> dates.add(c.get("date").asString()));
        assertThat(dates).isSorted();

        JsonNode onlyRest = ok(BASE + "/collections?address=" + id + "&from=2026-01-01&to=2026-01-31&fractions=restabfall");
        assertThat(onlyRest.size()).isPositive().isLessThan(list.size());
        onlyRest.forEach(c -> assertThat(c.get("fraction").get("key").asString()).isEqualTo("restabfall"));
    }

    @Test
    void holidayShiftsCarryAGermanNoteAndFollowTheSitesPolicy() {
        long id = gotthardstrasse();
        String year = BASE + "/collections?address=" + id + "&from=2026-01-01&to=2026-12-31";
        JsonNode list = ok(year + "&site=merseburg");
        List<JsonNode> moved = new ArrayList<>();
        list.forEach(c -> {
            if (!c.get("date").asString().equals(c.get("plannedDate").asString())) {
                moved.add(c);
            }
        });
        assertThat(moved).isNotEmpty();
        assertThat(moved.get(0).get("note").asString()).contains("verschoben");
        // Without a site the plugin's default policy (next day) applies, as it does for Merseburg by default.
        assertThat(ok(year)).isEqualTo(list);
    }

    @Test
    void badCollectionInputGetsGermanMessages() {
        long id = gotthardstrasse();
        String base = BASE + "/collections?address=" + id;
        assertThat(error(BASE + "/collections", 400, "missingParameter")).contains("Adresse");
        assertThat(error(BASE + "/collections?address=abc", 400, "invalidParameter")).contains("„abc“");
        assertThat(error(BASE + "/collections?address=987654321", 404, "notFound")).contains("987654321 ist nicht bekannt");
        assertThat(error(base + "&from=2026-13-01", 400, "invalidParameter")).contains("„2026-13-01“").contains("JJJJ-MM-TT");
        assertThat(error(base + "&from=2026-01-01&to=1.2.2026", 400, "invalidParameter")).contains("„to“");
        assertThat(error(base + "&from=2026-02-01&to=2026-01-01", 400, "invalidParameter"))
                .isEqualTo("Das Enddatum liegt vor dem Anfangsdatum.");
        assertThat(error(base + "&from=2026-01-01&to=2030-01-01", 400, "invalidParameter")).contains("zu lang");
        assertThat(error(base + "&fractions=restabfall,sperrmuell", 400, "invalidParameter"))
                .contains("„sperrmuell“").contains("gelbe-tonne");
        assertThat(error(base + "&site=atlantis", 400, "invalidParameter")).contains("atlantis");
    }

    @Test
    void endpointsAreListedInTheOpenApiDocument() {
        HttpResponse<String> docs = http.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).get("paths");
        assertThat(paths.has(BASE + "/addresses")).isTrue();
        assertThat(paths.has(BASE + "/collections")).isTrue();
        assertThat(paths.has(BASE + "/addresses/{id}/calendar-{year}.ics")).isTrue();
        JsonNode collectionParams = paths.get(BASE + "/collections").get("get").get("parameters");
        List<String> names = new ArrayList<>();
        collectionParams.forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).contains("address", "from", "to", "site", "fractions");
    }
}
