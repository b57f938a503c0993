package de.serviceportal.wastecalendar.citizen;

import static de.serviceportal.wastecalendar.citizen.CitizenPages.SAALEKREIS;
import static de.serviceportal.wastecalendar.citizen.CitizenPages.MERSEBURG;
import static de.serviceportal.wastecalendar.citizen.CitizenPages.component;
import static de.serviceportal.wastecalendar.citizen.CitizenPages.encode;
import static de.serviceportal.wastecalendar.citizen.CitizenPages.firstAddressLink;
import static de.serviceportal.wastecalendar.citizen.CitizenPages.option;
import static de.serviceportal.wastecalendar.citizen.CitizenPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.testsupport.PortalHttp;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.search.AddressSearch;

/**
 * The citizen's way through the component "Abfallkalender" without JavaScript, over real HTTP: plain GET forms
 * from municipality to house number, search with suggestions, views, downloads; all views pass the Nu checker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    AddressSearch search;

    @Autowired
    Schedules schedules;

    @Test
    void stepByStepWithoutJavaScriptThenViewsAndDownloads() {
        PortalHttp http = new PortalHttp(port);
        Map<String, String> views = new LinkedHashMap<>();

        String start = page(http, SAALEKREIS);
        views.put("Start (leer)", start);
        assertThat(component(start)).contains("Stadt oder Gemeinde").contains(">Weiter</button>")
                .contains("name=\"q\"");
        String merseburg = option(start, "municipality", "Merseburg");

        String step2 = page(http, SAALEKREIS + "?municipality=" + merseburg);
        views.put("Schritt Ortsteil", step2);
        assertThat(component(step2)).contains("Ortsteil").contains("Beuna");
        String core = option(step2, "ortsteil", "Merseburg");

        String step3 = page(http, SAALEKREIS + "?municipality=" + merseburg + "&ortsteil=" + core);
        views.put("Schritt Straße", step3);
        String street = option(step3, "street", "Gotthardstraße");

        String base = SAALEKREIS + "?municipality=" + merseburg + "&ortsteil=" + core + "&street=" + street;
        String step4 = page(http, base);
        views.put("Schritt Hausnummer", step4);
        assertThat(component(step4)).contains("name=\"number\"").contains("Gotthardstraße 1–49 (ungerade)")
                .contains("Gotthardstraße 2–50 (gerade)");

        String wrongNumber = page(http, base + "&number=0");
        views.put("Hausnummer unbekannt", wrongNumber);
        assertThat(component(wrongNumber)).contains("Die Hausnummer 0 ist für diese Straße nicht verzeichnet")
                .contains("Gotthardstraße ab 51");

        String list = page(http, base + "&number=12");
        views.put("Listenansicht", list);
        String calendar = component(list);
        assertThat(calendar).contains("Gotthardstraße 2–50 (gerade), Merseburg").contains("Nächste Abfuhrtermine")
                .contains("Restabfall").contains("Blaue Tonne").contains("<caption>");
        long address = search.search("Gotthardstraße 12", 1).matches().get(0).id();
        LocalDate next = schedules.schedule("saalekreis").collections(address, LocalDate.now(
                java.time.ZoneId.of("Europe/Berlin")), LocalDate.now().plusYears(1)).get(0).date();
        assertThat(calendar).contains("datetime=\"" + next + "\"");
        // downloads: ICS, webcal subscription and PDF of each plan year, and the bulky-waste application
        assertThat(calendar)
                .contains("href=\"/.rest/waste-calendar/v1/addresses/" + address + "/calendar-2026.ics?site=saalekreis\"")
                .containsPattern("href=\"webcal://[^/\"]+:" + port + "/\\.rest/waste-calendar/v1/addresses/" + address
                        + "/calendar-2026\\.ics\\?site=saalekreis\"")
                .contains("href=\"/.rest/waste-calendar/v1/addresses/" + address + "/calendar-2026.pdf?site=saalekreis\"")
                .contains(">Sperrmüll anmelden</a>").contains("/saalekreis/buergerservice/antraege");
        // reminder form: offered, posts with the CSRF token
        assertThat(calendar).contains("action=\"/.rest/waste-calendar/v1/reminders\"").contains("name=\"_csrf\"")
                .contains("type=\"email\"");

        String month = page(http, SAALEKREIS + "?address=" + address + "&view=month&month=2026-12");
        views.put("Monatsansicht", month);
        String grid = component(month);
        assertThat(grid).contains("<caption>Abfuhrtermine im Dezember 2026</caption>").contains("<th scope=\"col\">")
                .contains("<th scope=\"row\">49</th>").contains("aria-current=\"page\">Monat</a>");
        Collection december = schedules.schedule("saalekreis")
                .collections(address, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).get(0);
        assertThat(grid).contains("datetime=\"" + december.date() + "\"");

        String filtered = page(http, SAALEKREIS + "?address=" + address + "&view=list&month=2027-01&fractions=restabfall");
        String filteredList = component(filtered).substring(component(filtered).indexOf("class=\"wc-list\""));
        assertThat(filteredList).contains("Restabfall").doesNotContain("Bioabfall").doesNotContain("Blaue Tonne");
        assertThat(component(filtered)).contains("calendar-2027.ics?site=saalekreis&amp;fractions=restabfall");

        String print = page(http, SAALEKREIS + "?address=" + address + "&view=list&print=1");
        views.put("Druckansicht", print);
        assertThat(component(print)).contains("wc--print").contains("Zurück zur normalen Ansicht")
                .doesNotContain("class=\"wc-filter\"").doesNotContain("class=\"wc-reminder\"");

        String typo = page(http, SAALEKREIS + "?q=" + encode("Gothardstrase"));
        views.put("Fehler mit Vorschlägen", typo);
        assertThat(component(typo)).contains("Meinten Sie: Gotthardstraße").contains("Vorschläge");
        assertThat(firstAddressLink(typo, "wc-results__suggestions")).isNotBlank();

        String found = page(http, SAALEKREIS + "?q=" + encode("gotthardstrasse 12"));
        views.put("Suchergebnis", found);
        assertThat(firstAddressLink(found, "wc-results__list")).isEqualTo(Long.toString(address));

        String unknownAddress = page(http, SAALEKREIS + "?address=999999");
        assertThat(component(unknownAddress)).contains("Diese Adresse ist nicht (mehr) verzeichnet");

        // Merseburg's page starts with its own town chosen (dialog setting "defaultMunicipality")
        String merseburgPage = page(http, MERSEBURG);
        views.put("Merseburg Start", merseburgPage);
        assertThat(component(merseburgPage)).contains("name=\"ortsteil\"").contains("Beuna");

        HtmlChecker.assertValid(views);
    }

    /** The sign-up form the page renders is accepted as it is by the reminder endpoint. */
    @Test
    void reminderFormOnThePageSignsUp() {
        PortalHttp citizen = new PortalHttp(port);
        long address = search.search("Gotthardstra", 1).matches().get(0).id();
        String html = page(citizen, SAALEKREIS + "?address=" + address);
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(html).selectFirst("form.wc-reminder");
        assertThat(form).as("reminder form").isNotNull();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element input : form.select("input[type=hidden], input[type=radio][checked]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put("email", "buerger@example.org");
        fields.put("consent", "true");
        assertThat(fields).containsKeys("_csrf", "address", "site", "lead");
        var response = citizen.post(form.attr("action"), fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("Bitte bestätigen");
    }

    @Test
    void yearPdfIsTaggedAndHoldsTheDates() throws Exception {
        long address = search.search("Gotthardstraße 12", 1).matches().get(0).id();
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/.rest/waste-calendar/v1/addresses/" + address + "/calendar-2026.pdf?site=saalekreis")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));

        PdfReader reader = new PdfReader(response.body());
        PdfDictionary catalog = reader.getCatalog();
        PdfDictionary markInfo = catalog.getAsDict(PdfName.MARKINFO);
        assertThat(markInfo).isNotNull();
        assertThat(markInfo.getAsBoolean(PdfName.MARKED).booleanValue()).isTrue();
        PdfDictionary structTree = catalog.getAsDict(PdfName.STRUCTTREEROOT);
        assertThat(structTree).isNotNull();
        assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("de-DE");
        assertThat(reader.getInfo().get("Title")).startsWith("Abfallkalender 2026: Gotthardstraße 2–50 (gerade)");
        String structure = describe(structTree, 0);
        assertThat(structure).contains("/Document").contains("/H1").contains("/Table").contains("/TH")
                .contains("/TD");

        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        List<Collection> year = schedules.schedule("saalekreis").year(address, 2026);
        DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertThat(text).contains("Abfallkalender 2026").contains("Datum").contains("Abfallart")
                .contains(german.format(year.get(0).date())).contains(german.format(year.get(year.size() - 1).date()))
                .contains(Fraction.PAPIER.displayName());
        reader.close();

        HttpResponse<String> noPlan = new PortalHttp(port)
                .get("/.rest/waste-calendar/v1/addresses/" + address + "/calendar-1999.pdf?site=saalekreis");
        assertThat(noPlan.statusCode()).isEqualTo(404);
        assertThat(noPlan.body()).contains("Für das Jahr 1999 liegt kein Abfuhrplan vor.");
    }

    /** The structure types in the tree, to check that the table is tagged with header cells. */
    private static String describe(PdfDictionary node, int depth) {
        StringBuilder out = new StringBuilder();
        PdfName type = node.getAsName(PdfName.S);
        if (type != null) {
            out.append(type).append(' ');
        }
        if (depth > 6) {
            return out.toString();
        }
        var kids = node.getDirectObject(PdfName.K);
        if (kids instanceof PdfDictionary dict) {
            out.append(describe(dict, depth + 1));
        } else if (kids instanceof com.lowagie.text.pdf.PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getDirectObject(i) instanceof PdfDictionary dict) {
                    out.append(describe(dict, depth + 1));
                }
            }
        }
        return out.toString();
    }
}
