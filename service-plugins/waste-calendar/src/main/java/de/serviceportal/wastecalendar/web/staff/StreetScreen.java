package de.serviceportal.wastecalendar.web.staff;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.persistence.PlanEditor;
import de.serviceportal.wastecalendar.persistence.PlanEditor.AssignmentRow;
import de.serviceportal.wastecalendar.persistence.PlanEditor.RangeRow;
import de.serviceportal.wastecalendar.persistence.PlanEditor.StreetRow;
import de.serviceportal.wastecalendar.persistence.PlanEditor.TourInfo;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.search.SearchText;

/**
 * {@code /.editor/plugins/waste-calendar/strassen}: find a street (name, municipality), see its house-number ranges
 * and their tour per fraction, and move one range to another tour of the same fraction.
 */
@Controller
class StreetScreen {

    private static final Logger LOG = LoggerFactory.getLogger(StreetScreen.class);
    static final String TITLE = "Straßen und Touren";
    static final String ASSIGN = StaffConfiguration.STREETS_SCREEN + "/tour";
    private static final int MAX_RESULTS = 50;

    private final PlanEditor editor;
    private final WasteCalendarRepository repository;

    StreetScreen(PlanEditor editor, WasteCalendarRepository repository) {
        this.editor = editor;
        this.repository = repository;
    }

    @GetMapping(path = StaffConfiguration.STREETS_SCREEN, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "gemeinde", required = false) String municipality,
            @RequestParam(name = "strasse", required = false) String streetText,
            @RequestParam(name = "jahr", required = false) String yearText,
            @RequestParam(name = "gespeichert", required = false) String done, CsrfToken csrf) {
        List<Integer> years = repository.planYears();
        Optional<Integer> year = EditForms.year(yearText, years);
        if (year.isEmpty()) {
            return EditForms.noPlan(StaffConfiguration.STREETS_SCREEN, TITLE, yearText);
        }
        if (streetText != null && !streetText.isBlank()) {
            Optional<StreetRow> street = street(streetText);
            if (street.isEmpty()) {
                return StaffHtml.page(HttpStatus.NOT_FOUND, StaffConfiguration.STREETS_SCREEN, TITLE,
                        "<p role=\"alert\" class=\"fehler\">Diese Straße gibt es nicht.</p>" + searchForm("", ""));
            }
            return streetPage(HttpStatus.OK, street.get(), year.get(), years,
                    "tour".equals(done) ? EditForms.success("Die Tour wurde geändert. Die Abfuhrtermine und "
                            + "Kalender-Abos gelten ab sofort mit der Änderung.") : "", null, null, csrf);
        }
        StringBuilder html = new StringBuilder(searchForm(q == null ? "" : q, municipality == null ? "" : municipality));
        String folded = SearchText.normalize(q == null ? "" : q).strip();
        if (q != null) {
            if (folded.length() < 2) {
                return StaffHtml.page(HttpStatus.BAD_REQUEST, StaffConfiguration.STREETS_SCREEN, TITLE,
                        "<p role=\"alert\" class=\"fehler\">Bitte geben Sie mindestens zwei Buchstaben des "
                                + "Straßennamens ein.</p>" + html);
            }
            List<StreetRow> found = editor.streets(folded, municipality == null ? "" : municipality.strip(),
                    MAX_RESULTS);
            html.append("<h2 id=\"treffer\">Treffer</h2><p role=\"status\">")
                    .append(found.isEmpty() ? "Keine Straße gefunden." : found.size() == MAX_RESULTS
                            ? "Die ersten " + MAX_RESULTS + " Straßen; bitte grenzen Sie die Suche ein."
                            : found.size() + (found.size() == 1 ? " Straße gefunden." : " Straßen gefunden."))
                    .append("</p>");
            if (!found.isEmpty()) {
                html.append("<ul aria-labelledby=\"treffer\">");
                for (StreetRow s : found) {
                    html.append("<li><a href=\"").append(StaffConfiguration.STREETS_SCREEN).append("?strasse=")
                            .append(s.id()).append("&amp;jahr=").append(year.get()).append("\">")
                            .append(StaffHtml.esc(s.label())).append("</a></li>");
                }
                html.append("</ul>");
            }
        }
        return StaffHtml.page(HttpStatus.OK, StaffConfiguration.STREETS_SCREEN, TITLE, html.toString());
    }

    @PostMapping(path = ASSIGN, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> assign(@RequestParam(name = "jahr", required = false) String yearText,
            @RequestParam(name = "strasse", required = false) String streetText,
            @RequestParam(name = "adresse", required = false) String addressText,
            @RequestParam(name = "fraktion", required = false) String fractionText,
            @RequestParam(name = "tour", required = false) String tourKey, CsrfToken csrf, Authentication user) {
        List<Integer> years = repository.planYears();
        Optional<Integer> year = EditForms.year(yearText == null || yearText.isBlank() ? "x" : yearText, years);
        if (year.isEmpty()) {
            return EditForms.noPlan(StaffConfiguration.STREETS_SCREEN, TITLE, yearText);
        }
        Optional<StreetRow> street = street(streetText);
        Optional<RangeRow> range = street.flatMap(s -> editor.ranges(s.id()).stream()
                .filter(r -> String.valueOf(r.addressId()).equals(addressText == null ? "" : addressText.strip()))
                .findFirst());
        Optional<Fraction> fraction = Fraction.parse(fractionText == null ? "" : fractionText.strip())
                .filter(Fraction::regular);
        if (range.isEmpty() || fraction.isEmpty()) {
            return StaffHtml.page(HttpStatus.BAD_REQUEST, StaffConfiguration.STREETS_SCREEN, TITLE,
                    "<p role=\"alert\" class=\"fehler\">Straße, Hausnummernbereich oder Fraktion sind unbekannt. Es "
                            + "wurde nichts gespeichert.</p>" + searchForm("", ""));
        }
        String field = field(range.get().addressId(), fraction.get());
        String key = tourKey == null ? "" : tourKey.strip();
        Optional<TourInfo> tour = key.isEmpty() ? Optional.empty() : editor.tour(year.get(), key);
        String error = null;
        if (key.isEmpty()) {
            error = "Bitte wählen Sie eine Tour.";
        } else if (tour.isEmpty()) {
            error = "Die Tour „" + key + "“ gibt es im Planjahr " + year.get() + " nicht.";
        } else if (tour.get().fraction() != fraction.get()) {
            error = "Die Tour „" + key + "“ fährt " + tour.get().fraction().displayName() + ", nicht "
                    + fraction.get().displayName() + ". Bitte wählen Sie eine Tour dieser Fraktion.";
        }
        if (error != null) {
            return streetPage(HttpStatus.BAD_REQUEST, street.get(), year.get(), years, "", field, error, csrf);
        }
        editor.assign(year.get(), range.get().addressId(), tour.get().id(), Instant.now());
        LOG.info("Waste calendar {}: {} {} moved to tour {} by {}", year.get(), range.get().label(),
                fraction.get().displayName(), key, user == null ? "?" : user.getName());
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("strasse", street.get().id());
        query.put("jahr", year.get());
        query.put("gespeichert", "tour");
        return EditForms.redirect(StaffConfiguration.STREETS_SCREEN, query);
    }

    private ResponseEntity<String> streetPage(HttpStatus status, StreetRow street, int year, List<Integer> years,
            String message, String errorField, String error, CsrfToken csrf) {
        StringBuilder html = new StringBuilder(message);
        if (error != null) {
            html.append("<div role=\"alert\" class=\"fehler\"><p><strong>Es wurde nichts gespeichert.</strong></p>")
                    .append("<p><a href=\"#").append(errorField).append("\">").append(StaffHtml.esc(error))
                    .append("</a></p></div>");
        }
        html.append("<p><a href=\"").append(StaffConfiguration.STREETS_SCREEN).append("\">Andere Straße suchen</a></p>")
                .append(TourScreen.yearChooser(StaffConfiguration.STREETS_SCREEN, years, year)
                        .replace("<p><label", TourScreen.hidden("strasse", String.valueOf(street.id())) + "<p><label"));
        List<TourInfo> tours = editor.tours(year);
        List<AssignmentRow> assignments = editor.assignments(street.id(), year);
        for (RangeRow range : editor.ranges(street.id())) {
            String id = "bereich-" + range.addressId();
            html.append("<h2 id=\"").append(id).append("\">").append(StaffHtml.esc(range.label())).append("</h2>")
                    .append("<table aria-labelledby=\"").append(id).append("\"><thead><tr>")
                    .append("<th scope=\"col\">Fraktion</th><th scope=\"col\">Tour ").append(year)
                    .append("</th><th scope=\"col\">Tour ändern</th></tr></thead><tbody>");
            for (Fraction fraction : Fraction.values()) {
                if (!fraction.regular()) {
                    continue;
                }
                Optional<AssignmentRow> current = assignments.stream()
                        .filter(a -> a.addressId() == range.addressId() && a.fraction() == fraction).findFirst();
                String field = field(range.addressId(), fraction);
                boolean invalid = field.equals(errorField);
                html.append("<tr><th scope=\"row\">").append(StaffHtml.esc(fraction.displayName())).append("</th><td>")
                        .append(current.map(a -> "<a href=\"" + StaffHtml.esc(TourScreen.tourPath(year, a.tourKey(), null))
                                + "\">" + StaffHtml.esc(a.tourKey()) + "</a>").orElse("keine"))
                        .append("</td><td><form method=\"post\" action=\"").append(ASSIGN).append("\">")
                        .append(StaffHtml.csrfField(csrf)).append(TourScreen.hidden("jahr", String.valueOf(year)))
                        .append(TourScreen.hidden("strasse", String.valueOf(street.id())))
                        .append(TourScreen.hidden("adresse", String.valueOf(range.addressId())))
                        .append(TourScreen.hidden("fraktion", fraction.key()))
                        .append("<label for=\"").append(field).append("\">Neue Tour ")
                        .append(StaffHtml.esc(fraction.displayName())).append(" für ").append(StaffHtml.esc(range.label()))
                        .append("</label> <select id=\"").append(field).append("\" name=\"tour\"")
                        .append(invalid ? " aria-invalid=\"true\" aria-describedby=\"" + field + "-fehler\"" : "")
                        .append('>');
                for (TourInfo tour : tours) {
                    if (tour.fraction() == fraction) {
                        html.append("<option").append(current.map(a -> a.tourId() == tour.id()).orElse(false)
                                ? " selected" : "").append('>').append(StaffHtml.esc(tour.key())).append("</option>");
                    }
                }
                html.append("</select> <button type=\"submit\">Speichern</button>");
                if (invalid) {
                    html.append("<br><span class=\"fehler\" id=\"").append(field).append("-fehler\">")
                            .append(StaffHtml.esc(error)).append("</span>");
                }
                html.append("</form></td></tr>");
            }
            html.append("</tbody></table>");
        }
        return StaffHtml.page(status, StaffConfiguration.STREETS_SCREEN, street.label(), html.toString());
    }

    private String searchForm(String q, String municipality) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", "alle Gemeinden");
        for (String m : editor.municipalities()) {
            options.put(m, m);
        }
        return "<form method=\"get\" action=\"" + StaffConfiguration.STREETS_SCREEN + "\" role=\"search\">"
                + EditForms.input("q", "Straße", "search", q, new EditForms.Errors(), "Mindestens zwei Buchstaben.")
                + EditForms.select("gemeinde", "Gemeinde", options, municipality, new EditForms.Errors(), null)
                + "<p><button type=\"submit\">Suchen</button></p></form>";
    }

    private Optional<StreetRow> street(String text) {
        try {
            return editor.street(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String field(long addressId, Fraction fraction) {
        return "tour-" + addressId + "-" + fraction.key();
    }
}
