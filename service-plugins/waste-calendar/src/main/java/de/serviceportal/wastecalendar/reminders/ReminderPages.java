package de.serviceportal.wastecalendar.reminders;

import org.springframework.web.util.HtmlUtils;

/** Small German pages for citizens who follow a link from a mail or post the form without JavaScript. */
final class ReminderPages {

    private ReminderPages() {
    }

    /**
     * @param back a path on this portal to return to, or null
     * @param alert whether the message is an error (announced by screen readers at once)
     */
    static String page(String title, String message, String detailsHtml, String back, boolean alert) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title)).append(" – Abfallkalender</title>")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
                        + "line-height:1.5;color:#1a1a1a}.fehler{border-left:4px solid #b3261e;padding-left:1rem}"
                        + "a{color:#0b5394}</style></head><body><main><h1>")
                .append(esc(title)).append("</h1><p").append(alert ? " class=\"fehler\" role=\"alert\"" : "").append('>')
                .append(esc(message)).append("</p>");
        if (detailsHtml != null) {
            html.append(detailsHtml);
        }
        html.append("<p><a href=\"").append(esc(back == null ? "/" : back)).append("\">")
                .append(back == null ? "Zur Startseite" : "Zurück zum Abfallkalender").append("</a></p>");
        return html.append("</main></body></html>").toString();
    }

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Only a path on this portal ("/…", not "//host"), so the link cannot lead elsewhere. */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.length() > 500
                || back.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        return back;
    }
}
