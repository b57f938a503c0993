package de.serviceportal.wastecalendar.web.staff;

import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shared pieces of the editing screens: German field errors (kept per field, shown next to the field and in a
 * summary), date parsing, the plan year, accessible form fields and the Post/Redirect/Get answer.
 */
final class EditForms {

    static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter GERMAN_SHORT = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private EditForms() {
    }

    /** Field name → German message, in the order the fields appear. */
    static final class Errors {
        private final Map<String, String> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            byField.putIfAbsent(field, message);
        }

        boolean any() {
            return !byField.isEmpty();
        }

        boolean has(String field) {
            return byField.containsKey(field);
        }

        Optional<String> of(String field) {
            return Optional.ofNullable(byField.get(field));
        }

        /** The summary at the top of the form: announced, each message links to its field. */
        String summary() {
            if (byField.isEmpty()) {
                return "";
            }
            StringBuilder html = new StringBuilder("<div role=\"alert\" class=\"fehler\" id=\"fehler\"><p><strong>")
                    .append(byField.size() == 1 ? "Bitte korrigieren Sie die markierte Angabe."
                            : "Bitte korrigieren Sie die " + byField.size() + " markierten Angaben.")
                    .append(" Es wurde nichts gespeichert.</strong></p><ul>");
            byField.forEach((field, message) -> html.append("<li><a href=\"#").append(StaffHtml.esc(field))
                    .append("\">").append(StaffHtml.esc(message)).append("</a></li>"));
            return html.append("</ul></div>").toString();
        }
    }

    /** A date as typed: ISO (from {@code type=date}) or German {@code TT.MM.JJJJ}; empty = none. */
    static Optional<LocalDate> date(String text, String field, String label, Errors errors) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(t.contains(".") ? LocalDate.parse(t, GERMAN_SHORT) : LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            errors.add(field, label + ": „" + t + "“ ist kein gültiges Datum (TT.MM.JJJJ).");
            return Optional.empty();
        }
    }

    static boolean inYear(LocalDate date, int year) {
        return date.getYear() == year;
    }

    /** The year asked for, or the current year if it has a plan, else the latest plan year; empty if none fits. */
    static Optional<Integer> year(String text, List<Integer> planYears) {
        if (text != null && !text.isBlank()) {
            try {
                int year = Integer.parseInt(text.strip());
                return planYears.contains(year) ? Optional.of(year) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        int now = LocalDate.now(WasteCalendarAutoConfiguration.TIME_ZONE).getYear();
        if (planYears.contains(now)) {
            return Optional.of(now);
        }
        return planYears.isEmpty() ? Optional.empty() : Optional.of(planYears.get(planYears.size() - 1));
    }

    static ResponseEntity<String> noPlan(String path, String title, String yearText) {
        return StaffHtml.page(HttpStatus.BAD_REQUEST, path, title, "<p role=\"alert\" class=\"fehler\">Für das Jahr „"
                + StaffHtml.esc(yearText == null ? "" : yearText) + "“ gibt es keinen Abfuhrplan. Bitte wählen Sie "
                + "ein Planjahr aus der Liste oder importieren Sie den Plan.</p>");
    }

    /** Post/Redirect/Get: 303 to the screen; {@code done} names the German success message shown there. */
    static ResponseEntity<String> redirect(String path, Map<String, Object> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query.forEach(uri::queryParam);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(uri.encode(StandardCharsets.UTF_8).build().toUriString())).build();
    }

    static String success(String message) {
        return message == null ? "" : "<p role=\"status\" class=\"erfolg\">" + StaffHtml.esc(message) + "</p>";
    }

    /** A labelled input with its error (aria-invalid, aria-describedby). */
    static String input(String id, String label, String type, String value, Errors errors, String hint) {
        if ("date".equals(type) && value != null && !value.isBlank() && !value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            type = "text"; // keep what was typed (a date field only holds ISO dates)
        }
        return "<p>" + label(id, label) + "<br><input id=\"" + id + "\" name=\"" + id + "\" type=\"" + type
                + "\" value=\"" + StaffHtml.esc(value == null ? "" : value) + "\"" + described(id, errors, hint) + ">"
                + after(id, errors, hint) + "</p>";
    }

    /** A labelled select; options are value → text. */
    static String select(String id, String label, Map<String, String> options, String value, Errors errors,
            String hint) {
        StringBuilder html = new StringBuilder("<p>").append(label(id, label)).append("<br><select id=\"").append(id)
                .append("\" name=\"").append(id).append('"').append(described(id, errors, hint)).append('>');
        options.forEach((v, text) -> html.append("<option value=\"").append(StaffHtml.esc(v)).append('"')
                .append(v.equals(value) ? " selected" : "").append('>').append(StaffHtml.esc(text))
                .append("</option>"));
        return html.append("</select>").append(after(id, errors, hint)).append("</p>").toString();
    }

    private static String label(String id, String label) {
        return "<label for=\"" + id + "\">" + StaffHtml.esc(label) + "</label>";
    }

    private static String described(String id, Errors errors, String hint) {
        String ids = (hint == null ? "" : id + "-hilfe ") + (errors.has(id) ? id + "-fehler" : "");
        return (ids.isBlank() ? "" : " aria-describedby=\"" + ids.strip() + "\"")
                + (errors.has(id) ? " aria-invalid=\"true\"" : "");
    }

    private static String after(String id, Errors errors, String hint) {
        return (hint == null ? "" : "<br><span class=\"hilfe\" id=\"" + id + "-hilfe\">" + StaffHtml.esc(hint)
                + "</span>")
                + errors.of(id).map(m -> "<br><span class=\"fehler\" id=\"" + id + "-fehler\">" + StaffHtml.esc(m)
                        + "</span>").orElse("");
    }
}
