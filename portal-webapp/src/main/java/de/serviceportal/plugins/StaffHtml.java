package de.serviceportal.plugins;

import org.owasp.encoder.Encode;

/** The frame of the portal's plugin pages for staff: one look, German, landmarks, visible focus. */
final class StaffHtml {

    private static final String STYLE = "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,"
            + "sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}"
            + "header,main{max-width:70rem;margin:0 auto;padding:1rem}header{border-bottom:1px solid #c6c9cf}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{text-align:left;"
            + "padding:.35rem .5rem;border-bottom:1px solid #c6c9cf;vertical-align:top}"
            + "a{color:#1a4d8f}.feld{margin-bottom:1.25rem}label{display:block;font-weight:600}"
            + "input[type=text],select{box-sizing:border-box;width:100%;max-width:36rem;padding:.45rem;font:inherit;"
            + "border:1px solid #5c6370;border-radius:3px}input[type=checkbox]{width:1.2rem;height:1.2rem}"
            + ".check label{display:inline;margin-left:.4rem}.hilfe{color:#4a4f57;margin:.1rem 0 .3rem}"
            + "button{font:inherit;font-weight:600;padding:.55rem 1.4rem;color:#fff;background:#1a4d8f;"
            + "border:2px solid #1a4d8f;border-radius:3px;cursor:pointer}"
            + ".meldung{margin:0 0 1.5rem;padding:.75rem 1rem;border-left:5px solid}.meldung p{margin:0}"
            + ".fehler{color:#8a0010;background:#fdecee;border-color:#b00020}.feldfehler{color:#8a0010;font-weight:600;"
            + "margin:.1rem 0 .3rem}.erfolg{background:#e6f4ea;border-color:#1e6b34}"
            + "a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #d35400;"
            + "outline-offset:2px}";

    private StaffHtml() {
    }

    static String page(String title, String area, String body) {
        return "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">"
                + "<title>" + esc(title) + " – " + esc(area) + "</title><style>" + STYLE + "</style></head><body>"
                + "<header><p><a href=\"/\">Serviceportal</a> · " + esc(area) + "</p></header>"
                + "<main>" + body + "</main></body></html>";
    }

    static String esc(String text) {
        return Encode.forHtml(text == null ? "" : text);
    }

    static String attr(String text) {
        return Encode.forHtmlAttribute(text == null ? "" : text);
    }

    static String url(String text) {
        return Encode.forUriComponent(text == null ? "" : text);
    }
}
