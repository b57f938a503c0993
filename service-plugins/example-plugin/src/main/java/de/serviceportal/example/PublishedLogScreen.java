package de.serviceportal.example;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff screen {@code /.editor/plugins/example/veroeffentlichungen}. The portal admits only holders of
 * {@code example.manage}; the controller itself knows nothing of roles.
 */
@Controller
class PublishedLogScreen {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMAN)
            .withZone(ZoneId.systemDefault());

    private final PublishedLog log;

    PublishedLogScreen(PublishedLog log) {
        this.log = log;
    }

    @GetMapping(path = ExampleAutoConfiguration.LOG_SCREEN, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String show() {
        List<PublishedLog.Entry> entries = log.latest(20);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Zuletzt veröffentlicht – Beispiel-Dienst</title></head><body><main>"
                + "<h1>Zuletzt veröffentlicht</h1>");
        if (entries.isEmpty()) {
            html.append("<p>Noch nichts veröffentlicht.</p>");
        } else {
            html.append("<table><thead><tr><th scope=\"col\">Zeit</th><th scope=\"col\">Arbeitsbereich</th>")
                    .append("<th scope=\"col\">Pfad</th><th scope=\"col\">von</th></tr></thead><tbody>");
            for (PublishedLog.Entry entry : entries) {
                html.append("<tr><td>").append(TIME.format(entry.at())).append("</td><td>")
                        .append(HtmlUtils.htmlEscape(entry.workspace())).append("</td><td>")
                        .append(HtmlUtils.htmlEscape(entry.path())).append("</td><td>")
                        .append(HtmlUtils.htmlEscape(String.valueOf(entry.publishedBy()))).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("<p><a href=\"/.editor/plugins\">Alle Arbeitsbereiche</a></p></main></body></html>")
                .toString();
    }
}
