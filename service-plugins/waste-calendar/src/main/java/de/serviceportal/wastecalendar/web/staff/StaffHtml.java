package de.serviceportal.wastecalendar.web.staff;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** The frame of the plugin's staff pages: German, one h1, a navigation between the screens. */
final class StaffHtml {

    private StaffHtml() {
    }

    static String esc(Object text) {
        return HtmlUtils.htmlEscape(String.valueOf(text), "UTF-8");
    }

    static String csrfField(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"" + esc(csrf.getParameterName()) + "\" value=\"" + esc(csrf.getToken())
                + "\">";
    }

    static ResponseEntity<String> page(HttpStatus status, String currentPath, String title, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title)).append(" – Abfallkalender</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem 2rem;"
                        + "line-height:1.5;color:#1a1a1a}a{color:#0b5394}nav ul{list-style:none;padding:0;display:flex;"
                        + "gap:1.5rem;flex-wrap:wrap}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid "
                        + "#767676;padding:.25rem .5rem;text-align:left;vertical-align:top}.fehler{color:#b3261e}.erfolg{color:#1e5631;font-weight:600}"
                        + "fieldset{margin:1rem 0}label{font-weight:600}.hilfe{color:#444;font-size:.95em;margin:0}"
                        + "pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}")
                .append("</style></head><body><header><nav aria-label=\"Abfallkalender\"><ul>");
        link(html, "/.editor/plugins", "Alle Arbeitsbereiche", currentPath);
        link(html, StaffConfiguration.IMPORT_SCREEN, "Abfuhrplan importieren", currentPath);
        link(html, StaffConfiguration.TOURS_SCREEN, "Touren und Regeln", currentPath);
        link(html, StaffConfiguration.STREETS_SCREEN, "Straßen", currentPath);
        link(html, StaffConfiguration.OUTBOX_SCREEN, "Postausgang", currentPath);
        html.append("</ul></nav></header><main><h1>").append(esc(title)).append("</h1>").append(body)
                .append("</main></body></html>");
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html.toString());
    }

    private static void link(StringBuilder html, String path, String text, String currentPath) {
        html.append("<li><a href=\"").append(esc(path)).append('"')
                .append(path.equals(currentPath) ? " aria-current=\"page\"" : "").append('>').append(esc(text))
                .append("</a></li>");
    }
}
