package de.serviceportal.wastecalendar.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.serviceportal.testsupport.PortalHttp;

/** The calendar's demo page and small helpers to walk it over plain HTTP, as a browser without JavaScript would. */
final class CitizenPages {

    static final String SAALEKREIS = "/saalekreis/buergerservice/abfallkalender";
    static final String MERSEBURG = "/merseburg/buergerservice/muellkalender";

    private CitizenPages() {
    }

    static String page(PortalHttp http, String pathAndQuery) {
        HttpResponse<String> response = http.get(pathAndQuery);
        assertThat(response.statusCode()).as("GET %s", pathAndQuery).isEqualTo(200);
        return response.body();
    }

    /** The value of the option labelled {@code label} in the select named {@code select}. */
    static String option(String html, String select, String label) {
        Matcher block = Pattern.compile("<select[^>]*name=\"" + select + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(block.find()).as("select %s in page", select).isTrue();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(label) + "</option>")
                .matcher(block.group(1));
        assertThat(option.find()).as("option %s in select %s", label, select).isTrue();
        return option.group(1);
    }

    /** The first {@code ?address=N} link inside the element with class {@code cssClass}. */
    static String firstAddressLink(String html, String cssClass) {
        Matcher m = Pattern.compile("class=\"[^\"]*" + cssClass + "[^\"]*\">.*?href=\"\\?address=(\\d+)\"",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("address link in .%s", cssClass).isTrue();
        return m.group(1);
    }

    /** The part of the page inside the calendar component (so site navigation does not confuse assertions). */
    static String component(String html) {
        int start = html.indexOf("<section class=\"wc");
        assertThat(start).as("calendar component on the page").isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
