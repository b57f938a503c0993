package de.serviceportal.wastecalendar.web.staff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
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

import de.serviceportal.wastecalendar.model.CollectionRule;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.GermanDays;
import de.serviceportal.wastecalendar.model.WeekParity;
import de.serviceportal.wastecalendar.persistence.PlanEditor;
import de.serviceportal.wastecalendar.persistence.PlanEditor.ExceptionRow;
import de.serviceportal.wastecalendar.persistence.PlanEditor.RuleRow;
import de.serviceportal.wastecalendar.persistence.PlanEditor.TourInfo;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;

/**
 * {@code /.editor/plugins/waste-calendar/touren}: the tours of a plan year by fraction; per tour its rules (edit one
 * at a time) and its exceptions (add, remove). Every change is saved at once, in one transaction with a new change
 * stamp of the plan (so calendars and their ETags change), and answered by a redirect with a success message.
 */
@Controller
class TourScreen {

    private static final Logger LOG = LoggerFactory.getLogger(TourScreen.class);
    static final String TITLE = "Touren und Regeln";
    static final String TOUR = StaffConfiguration.TOURS_SCREEN + "/tour";
    static final String RULE = StaffConfiguration.TOURS_SCREEN + "/regel";
    static final String ADD_EXCEPTION = StaffConfiguration.TOURS_SCREEN + "/ausnahme";
    static final String REMOVE_EXCEPTION = StaffConfiguration.TOURS_SCREEN + "/ausnahme-entfernen";
    private static final Map<String, String> DONE = Map.of(
            "regel", "Die Regel wurde gespeichert. Die Abfuhrtermine und Kalender-Abos gelten ab sofort mit der Änderung.",
            "ausnahme", "Die Ausnahme wurde gespeichert. Die Abfuhrtermine und Kalender-Abos gelten ab sofort mit der Änderung.",
            "entfernt", "Die Ausnahme wurde entfernt. Die Abfuhrtermine und Kalender-Abos gelten ab sofort mit der Änderung.");

    private final PlanEditor editor;
    private final WasteCalendarRepository repository;

    TourScreen(PlanEditor editor, WasteCalendarRepository repository) {
        this.editor = editor;
        this.repository = repository;
    }

    // ---- list -----------------------------------------------------------------------------------------------

    @GetMapping(path = StaffConfiguration.TOURS_SCREEN, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> list(@RequestParam(name = "jahr", required = false) String yearText) {
        List<Integer> years = repository.planYears();
        Optional<Integer> year = EditForms.year(yearText, years);
        if (year.isEmpty()) {
            return EditForms.noPlan(StaffConfiguration.TOURS_SCREEN, TITLE, yearText);
        }
        StringBuilder html = new StringBuilder(yearChooser(StaffConfiguration.TOURS_SCREEN, years, year.get()));
        List<TourInfo> tours = editor.tours(year.get());
        for (Fraction fraction : Fraction.values()) {
            List<TourInfo> ofFraction = tours.stream().filter(t -> t.fraction() == fraction).toList();
            if (ofFraction.isEmpty()) {
                continue;
            }
            String id = "fraktion-" + fraction.name().toLowerCase();
            html.append("<h2 id=\"").append(id).append("\">").append(StaffHtml.esc(fraction.displayName()))
                    .append(" (").append(ofFraction.size()).append(ofFraction.size() == 1 ? " Tour" : " Touren")
                    .append(")</h2><table aria-labelledby=\"").append(id).append("\"><thead><tr>")
                    .append("<th scope=\"col\">Tour</th><th scope=\"col\">Regeln</th><th scope=\"col\">Ausnahmen</th>")
                    .append("</tr></thead><tbody>");
            for (TourInfo tour : ofFraction) {
                html.append("<tr><th scope=\"row\"><a href=\"").append(StaffHtml.esc(tourPath(year.get(), tour.key(), null)))
                        .append("\">").append(StaffHtml.esc(tour.key())).append("</a></th><td>");
                for (RuleRow rule : editor.rules(tour.id())) {
                    html.append(StaffHtml.esc(describe(rule.rule()))).append("<br>");
                }
                html.append("</td><td>").append(editor.exceptions(tour.id()).size()).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return StaffHtml.page(HttpStatus.OK, StaffConfiguration.TOURS_SCREEN, TITLE + " " + year.get(), html.toString());
    }

    // ---- one tour -------------------------------------------------------------------------------------------

    @GetMapping(path = TOUR, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> tour(@RequestParam(name = "jahr", required = false) String yearText,
            @RequestParam(name = "tour", required = false) String key,
            @RequestParam(name = "regel", required = false) String ruleText,
            @RequestParam(name = "gespeichert", required = false) String done, CsrfToken csrf) {
        Optional<TourInfo> tour = find(yearText, key);
        if (tour.isEmpty()) {
            return unknownTour(yearText, key);
        }
        List<RuleRow> rules = editor.rules(tour.get().id());
        RuleRow shown = rules.stream().filter(r -> String.valueOf(r.id()).equals(ruleText)).findFirst()
                .orElse(rules.isEmpty() ? null : rules.get(0));
        RuleInput ruleInput = shown == null ? null : RuleInput.of(shown);
        return tourPage(HttpStatus.OK, tour.get(), EditForms.success(done == null ? null : DONE.get(done)), ruleInput, new EditForms.Errors(),
                ExceptionInput.EMPTY, new EditForms.Errors(), csrf);
    }

    @PostMapping(path = RULE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> saveRule(@RequestParam(name = "jahr", required = false) String yearText,
            @RequestParam(name = "tour", required = false) String key,
            @RequestParam(name = "regel", required = false) String ruleText,
            @RequestParam(name = "wochentag", required = false) String weekday,
            @RequestParam(name = "rhythmus", required = false) String rhythm,
            @RequestParam(name = "kw", required = false) String parity,
            @RequestParam(name = "start", required = false) String start,
            @RequestParam(name = "ab", required = false) String from,
            @RequestParam(name = "bis", required = false) String to, CsrfToken csrf, Authentication user) {
        Optional<TourInfo> tour = find(yearText, key);
        if (tour.isEmpty()) {
            return unknownTour(yearText, key);
        }
        List<RuleRow> rules = editor.rules(tour.get().id());
        Optional<RuleRow> old = rules.stream().filter(r -> String.valueOf(r.id()).equals(ruleText)).findFirst();
        if (old.isEmpty()) {
            return StaffHtml.page(HttpStatus.BAD_REQUEST, StaffConfiguration.TOURS_SCREEN, TITLE,
                    "<p role=\"alert\" class=\"fehler\">Diese Regel gehört nicht zur Tour „" + StaffHtml.esc(key)
                            + "“. Es wurde nichts gespeichert.</p>");
        }
        RuleInput input = new RuleInput(old.get().id(), weekday, rhythm, parity, start, from, to);
        EditForms.Errors errors = new EditForms.Errors();
        CollectionRule rule = input.validate(tour.get().year(), rules, errors);
        if (rule == null) {
            return tourPage(HttpStatus.BAD_REQUEST, tour.get(), "", input, errors, ExceptionInput.EMPTY,
                    new EditForms.Errors(), csrf);
        }
        editor.updateRule(tour.get().year(), tour.get().id(), old.get().id(), rule, Instant.now());
        LOG.info("Waste calendar {}: rule of tour {} changed by {}", tour.get().year(), key, name(user));
        return EditForms.redirect(TOUR, query(tour.get(), "regel", old.get().id()));
    }

    @PostMapping(path = ADD_EXCEPTION, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> addException(@RequestParam(name = "jahr", required = false) String yearText,
            @RequestParam(name = "tour", required = false) String key,
            @RequestParam(name = "datum", required = false) String date,
            @RequestParam(name = "art", required = false) String kind,
            @RequestParam(name = "neuesDatum", required = false) String newDate,
            @RequestParam(name = "hinweis", required = false) String note, CsrfToken csrf, Authentication user) {
        Optional<TourInfo> tour = find(yearText, key);
        if (tour.isEmpty()) {
            return unknownTour(yearText, key);
        }
        ExceptionInput input = new ExceptionInput(date, kind, newDate, note);
        EditForms.Errors errors = new EditForms.Errors();
        Optional<ExceptionInput.Valid> valid = input.validate(tour.get().year(), editor.rules(tour.get().id()),
                editor.exceptions(tour.get().id()), errors);
        if (valid.isEmpty()) {
            List<RuleRow> rules = editor.rules(tour.get().id());
            return tourPage(HttpStatus.BAD_REQUEST, tour.get(), "", rules.isEmpty() ? null : RuleInput.of(rules.get(0)),
                    new EditForms.Errors(), input, errors, csrf);
        }
        editor.addException(tour.get().year(), tour.get().id(), valid.get().date(), valid.get().newDate(),
                valid.get().note(), Instant.now());
        LOG.info("Waste calendar {}: exception {} added to tour {} by {}", tour.get().year(), valid.get().date(), key,
                name(user));
        return EditForms.redirect(TOUR, query(tour.get(), "ausnahme", null));
    }

    @PostMapping(path = REMOVE_EXCEPTION, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> removeException(@RequestParam(name = "jahr", required = false) String yearText,
            @RequestParam(name = "tour", required = false) String key,
            @RequestParam(name = "ausnahme", required = false) String exceptionText, Authentication user) {
        Optional<TourInfo> tour = find(yearText, key);
        if (tour.isEmpty()) {
            return unknownTour(yearText, key);
        }
        long id;
        try {
            id = Long.parseLong(exceptionText == null ? "" : exceptionText.strip());
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (!editor.removeException(tour.get().year(), tour.get().id(), id, Instant.now())) {
            return StaffHtml.page(HttpStatus.BAD_REQUEST, StaffConfiguration.TOURS_SCREEN, TITLE,
                    "<p role=\"alert\" class=\"fehler\">Diese Ausnahme gibt es bei der Tour „" + StaffHtml.esc(key)
                            + "“ nicht (mehr). Es wurde nichts geändert.</p><p><a href=\""
                            + StaffHtml.esc(tourPath(tour.get().year(), tour.get().key(), null))
                            + "\">Zurück zur Tour</a></p>");
        }
        LOG.info("Waste calendar {}: exception removed from tour {} by {}", tour.get().year(), key, name(user));
        return EditForms.redirect(TOUR, query(tour.get(), "entfernt", null));
    }

    // ---- rendering ------------------------------------------------------------------------------------------

    private ResponseEntity<String> tourPage(HttpStatus status, TourInfo tour, String message, RuleInput ruleInput,
            EditForms.Errors ruleErrors, ExceptionInput exceptionInput, EditForms.Errors exceptionErrors,
            CsrfToken csrf) {
        StringBuilder html = new StringBuilder(message).append("<p>Fraktion: <strong>")
                .append(StaffHtml.esc(tour.fraction().displayName())).append("</strong>, Planjahr ").append(tour.year())
                .append(". <a href=\"").append(StaffConfiguration.TOURS_SCREEN).append("?jahr=").append(tour.year())
                .append("\">Alle Touren ").append(tour.year()).append("</a></p>");
        List<RuleRow> rules = editor.rules(tour.id());
        html.append("<h2 id=\"regeln\">Regeln</h2><table aria-labelledby=\"regeln\"><thead><tr>")
                .append("<th scope=\"col\">Regel</th><th scope=\"col\">gültig</th><th scope=\"col\">Aktion</th>")
                .append("</tr></thead><tbody>");
        for (RuleRow rule : rules) {
            html.append("<tr><td>").append(StaffHtml.esc(describe(rule.rule()))).append("</td><td>")
                    .append(rule.rule().validFrom().format(EditForms.GERMAN)).append(" bis ")
                    .append(rule.rule().validTo().format(EditForms.GERMAN)).append("</td><td><a href=\"")
                    .append(StaffHtml.esc(tourPath(tour.year(), tour.key(), rule.id()))).append("#regel-form\">")
                    .append("Regel ab ").append(rule.rule().validFrom().format(EditForms.GERMAN))
                    .append(" bearbeiten</a></td></tr>");
        }
        html.append("</tbody></table>");
        if (ruleInput != null) {
            html.append(ruleForm(tour, ruleInput, ruleErrors, csrf));
        }
        html.append(exceptions(tour, csrf)).append(exceptionForm(tour, exceptionInput, exceptionErrors, csrf));
        return StaffHtml.page(status, StaffConfiguration.TOURS_SCREEN, "Tour " + tour.key(), html.toString());
    }

    private static String ruleForm(TourInfo tour, RuleInput in, EditForms.Errors errors, CsrfToken csrf) {
        Map<String, String> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(String.valueOf(day.getValue()), GermanDays.name(day));
        }
        Map<String, String> rhythms = new LinkedHashMap<>();
        rhythms.put("1", "wöchentlich");
        rhythms.put("2", "14-täglich");
        rhythms.put("4", "4-wöchentlich");
        Map<String, String> parities = new LinkedHashMap<>();
        parities.put("", "keine (Startdatum oder wöchentlich)");
        parities.put("ungerade", "ungerade Kalenderwochen");
        parities.put("gerade", "gerade Kalenderwochen");
        return "<form method=\"post\" action=\"" + RULE + "\" id=\"regel-form\" aria-labelledby=\"regel-titel\">"
                + "<h2 id=\"regel-titel\">Regel bearbeiten</h2>" + errors.summary() + StaffHtml.csrfField(csrf)
                + hidden("jahr", String.valueOf(tour.year())) + hidden("tour", tour.key())
                + hidden("regel", String.valueOf(in.id()))
                + EditForms.select("wochentag", "Wochentag", days, in.weekday(), errors, null)
                + EditForms.select("rhythmus", "Rhythmus", rhythms, in.rhythm(), errors, null)
                + EditForms.select("kw", "Kalenderwochen", parities, in.parity(), errors,
                        "14-täglich: Kalenderwochen oder Startdatum angeben, nicht beides.")
                + EditForms.input("start", "Startdatum (erste Abfuhr des Rhythmus)", "date", in.start(), errors,
                        "Pflicht bei 4-wöchentlich; muss auf den gewählten Wochentag fallen.")
                + EditForms.input("ab", "gültig ab", "date", in.from(), errors, null)
                + EditForms.input("bis", "gültig bis", "date", in.to(), errors,
                        "Der Zeitraum muss im Planjahr " + tour.year() + " liegen.")
                + "<p><button type=\"submit\">Regel speichern</button></p></form>";
    }

    private String exceptions(TourInfo tour, CsrfToken csrf) {
        List<ExceptionRow> rows = editor.exceptions(tour.id());
        StringBuilder html = new StringBuilder("<h2 id=\"ausnahmen\">Ausnahmen</h2>");
        if (rows.isEmpty()) {
            return html.append("<p>Diese Tour hat keine Ausnahmen.</p>").toString();
        }
        html.append("<table aria-labelledby=\"ausnahmen\"><thead><tr><th scope=\"col\">Datum</th>")
                .append("<th scope=\"col\">Änderung</th><th scope=\"col\">Hinweis</th><th scope=\"col\">Aktion</th>")
                .append("</tr></thead><tbody>");
        for (ExceptionRow row : rows) {
            String date = row.originalDate().format(EditForms.GERMAN);
            html.append("<tr><td>").append(date).append("</td><td>")
                    .append(row.newDate() == null ? "entfällt" : "verlegt auf " + row.newDate().format(EditForms.GERMAN))
                    .append("</td><td>").append(StaffHtml.esc(row.note())).append("</td><td><form method=\"post\" action=\"")
                    .append(REMOVE_EXCEPTION).append("\">").append(StaffHtml.csrfField(csrf))
                    .append(hidden("jahr", String.valueOf(tour.year()))).append(hidden("tour", tour.key()))
                    .append(hidden("ausnahme", String.valueOf(row.id())))
                    .append("<button type=\"submit\">Ausnahme vom ").append(date).append(" entfernen</button></form>")
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String exceptionForm(TourInfo tour, ExceptionInput in, EditForms.Errors errors, CsrfToken csrf) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("verlegt", "verlegt (auf ein neues Datum)");
        kinds.put("entfaellt", "entfällt");
        return "<form method=\"post\" action=\"" + ADD_EXCEPTION + "\" id=\"ausnahme-form\" "
                + "aria-labelledby=\"ausnahme-titel\"><h2 id=\"ausnahme-titel\">Ausnahme hinzufügen</h2>"
                + errors.summary() + StaffHtml.csrfField(csrf) + hidden("jahr", String.valueOf(tour.year()))
                + hidden("tour", tour.key())
                + EditForms.input("datum", "Datum der geplanten Abfuhr", "date", in.date(), errors,
                        "Ein Abfuhrtag dieser Tour im Planjahr " + tour.year() + ".")
                + EditForms.select("art", "Art", kinds, in.kind() == null ? "verlegt" : in.kind(), errors, null)
                + EditForms.input("neuesDatum", "neues Datum (bei „verlegt“)", "date", in.newDate(), errors, null)
                + EditForms.input("hinweis", "Hinweis für die Bürgerinnen und Bürger", "text", in.note(), errors,
                        "Zum Beispiel „Heiligabend: Abfuhr einen Tag früher“; höchstens 300 Zeichen.")
                + "<p><button type=\"submit\">Ausnahme hinzufügen</button></p></form>";
    }

    static String yearChooser(String path, List<Integer> years, int year) {
        StringBuilder html = new StringBuilder("<form method=\"get\" action=\"").append(path)
                .append("\"><p><label for=\"jahr\">Planjahr</label><br><select id=\"jahr\" name=\"jahr\">");
        for (int y : years) {
            html.append("<option").append(y == year ? " selected" : "").append('>').append(y).append("</option>");
        }
        return html.append("</select> <button type=\"submit\">Anzeigen</button></p></form>").toString();
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + StaffHtml.esc(value) + "\">";
    }

    static String describe(CollectionRule rule) {
        return rule.describe() + " (" + rule.validFrom().format(EditForms.GERMAN) + "–"
                + rule.validTo().format(EditForms.GERMAN) + ")";
    }

    static String tourPath(int year, String key, Long rule) {
        return TOUR + "?jahr=" + year + "&tour=" + org.springframework.web.util.UriUtils.encodeQueryParam(key, "UTF-8")
                + (rule == null ? "" : "&regel=" + rule);
    }

    private Optional<TourInfo> find(String yearText, String key) {
        Optional<Integer> year = EditForms.year(yearText == null || yearText.isBlank() ? "x" : yearText,
                repository.planYears());
        return year.isEmpty() || key == null ? Optional.empty() : editor.tour(year.get(), key.strip());
    }

    private static ResponseEntity<String> unknownTour(String yearText, String key) {
        return StaffHtml.page(HttpStatus.BAD_REQUEST, StaffConfiguration.TOURS_SCREEN, TITLE,
                "<p role=\"alert\" class=\"fehler\">Die Tour „" + StaffHtml.esc(key == null ? "" : key)
                        + "“ gibt es im Planjahr „" + StaffHtml.esc(yearText == null ? "" : yearText)
                        + "“ nicht. Es wurde nichts gespeichert.</p><p><a href=\"" + StaffConfiguration.TOURS_SCREEN
                        + "\">Zur Liste der Touren</a></p>");
    }

    private static Map<String, Object> query(TourInfo tour, String done, Long rule) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("jahr", tour.year());
        query.put("tour", tour.key());
        if (rule != null) {
            query.put("regel", rule);
        }
        query.put("gespeichert", done);
        return query;
    }

    private static String name(Authentication user) {
        return user == null ? "?" : user.getName();
    }

    /** The rule form as typed (kept on errors). */
    record RuleInput(long id, String weekday, String rhythm, String parity, String start, String from, String to) {

        static RuleInput of(RuleRow row) {
            CollectionRule r = row.rule();
            return new RuleInput(row.id(), String.valueOf(r.weekday().getValue()), String.valueOf(r.intervalWeeks()),
                    r.parity() == null ? "" : r.parity().germanName(), r.anchor() == null ? "" : r.anchor().toString(),
                    r.validFrom().toString(), r.validTo().toString());
        }

        /** The rule, or null with German field errors. */
        CollectionRule validate(int year, List<RuleRow> rules, EditForms.Errors errors) {
            DayOfWeek day = null;
            try {
                day = DayOfWeek.of(Integer.parseInt(weekday == null ? "" : weekday.strip()));
            } catch (RuntimeException e) {
                errors.add("wochentag", "Bitte wählen Sie einen Wochentag.");
            }
            int weeks = switch (rhythm == null ? "" : rhythm.strip()) {
                case "1" -> 1;
                case "2" -> 2;
                case "4" -> 4;
                default -> 0;
            };
            if (weeks == 0) {
                errors.add("rhythmus", "Bitte wählen Sie den Rhythmus: wöchentlich, 14-täglich oder 4-wöchentlich.");
            }
            WeekParity weekParity = switch (parity == null ? "" : parity.strip()) {
                case "" -> null;
                case "gerade" -> WeekParity.EVEN;
                case "ungerade" -> WeekParity.ODD;
                default -> {
                    errors.add("kw", "Bitte wählen Sie gerade, ungerade oder keine Kalenderwochen.");
                    yield null;
                }
            };
            Optional<LocalDate> anchor = EditForms.date(start, "start", "Startdatum", errors);
            Optional<LocalDate> validFrom = EditForms.date(from, "ab", "gültig ab", errors);
            Optional<LocalDate> validTo = EditForms.date(to, "bis", "gültig bis", errors);
            if (weeks == 1 && (weekParity != null || anchor.isPresent())) {
                errors.add(weekParity != null ? "kw" : "start",
                        "Bei wöchentlicher Abfuhr bleiben Kalenderwochen und Startdatum leer.");
            }
            if (weeks == 2 && weekParity == null && anchor.isEmpty() && !errors.has("start")) {
                errors.add("kw", "14-tägliche Abfuhr braucht gerade oder ungerade Kalenderwochen oder ein Startdatum.");
            }
            if (weeks == 2 && weekParity != null && anchor.isPresent()) {
                errors.add("start", "Bitte geben Sie entweder Kalenderwochen oder ein Startdatum an, nicht beides.");
            }
            if (weeks == 4 && anchor.isEmpty() && !errors.has("start")) {
                errors.add("start", "4-wöchentliche Abfuhr braucht ein Startdatum.");
            }
            if (weeks == 4 && weekParity != null) {
                errors.add("kw", "Bei 4-wöchentlicher Abfuhr bleiben die Kalenderwochen leer; es zählt das Startdatum.");
            }
            if (day != null && anchor.isPresent() && anchor.get().getDayOfWeek() != day) {
                errors.add("start", "Das Startdatum " + anchor.get().format(EditForms.GERMAN) + " ist ein "
                        + GermanDays.name(anchor.get().getDayOfWeek()) + "; es muss ein " + GermanDays.name(day)
                        + " sein.");
            }
            if (validFrom.isEmpty() && !errors.has("ab")) {
                errors.add("ab", "Bitte geben Sie an, ab wann die Regel gilt.");
            }
            if (validTo.isEmpty() && !errors.has("bis")) {
                errors.add("bis", "Bitte geben Sie an, bis wann die Regel gilt.");
            }
            validFrom.filter(d -> !EditForms.inYear(d, year)).ifPresent(d ->
                    errors.add("ab", "„gültig ab“ muss im Planjahr " + year + " liegen."));
            validTo.filter(d -> !EditForms.inYear(d, year)).ifPresent(d ->
                    errors.add("bis", "„gültig bis“ muss im Planjahr " + year + " liegen."));
            if (validFrom.isPresent() && validTo.isPresent() && validTo.get().isBefore(validFrom.get())) {
                errors.add("bis", "„gültig bis“ darf nicht vor „gültig ab“ liegen.");
            }
            if (errors.any()) {
                return null;
            }
            CollectionRule rule = new CollectionRule(day, weeks, weekParity, anchor.orElse(null), validFrom.get(),
                    validTo.get());
            for (RuleRow other : rules) {
                if (other.id() != id && other.rule().overlaps(rule)) {
                    errors.add("ab", "Der Zeitraum überschneidet sich mit der Regel „" + describe(other.rule())
                            + "“ dieser Tour.");
                    return null;
                }
            }
            return rule;
        }
    }

    /** The exception form as typed (kept on errors). */
    record ExceptionInput(String date, String kind, String newDate, String note) {

        static final ExceptionInput EMPTY = new ExceptionInput("", "verlegt", "", "");

        record Valid(LocalDate date, LocalDate newDate, String note) {
        }

        Optional<Valid> validate(int year, List<RuleRow> rules, List<ExceptionRow> existing, EditForms.Errors errors) {
            Optional<LocalDate> original = EditForms.date(date, "datum", "Datum", errors);
            Optional<LocalDate> moved = EditForms.date(newDate, "neuesDatum", "neues Datum", errors);
            String k = kind == null ? "" : kind.strip();
            if (original.isEmpty() && !errors.has("datum")) {
                errors.add("datum", "Bitte geben Sie das Datum der geplanten Abfuhr an.");
            }
            original.filter(d -> !EditForms.inYear(d, year)).ifPresent(d ->
                    errors.add("datum", "Das Datum " + d.format(EditForms.GERMAN) + " liegt nicht im Planjahr " + year
                            + "."));
            original.filter(d -> EditForms.inYear(d, year)).ifPresent(d -> {
                boolean planned = rules.stream().anyMatch(r -> r.rule().datesBetween(d, d).contains(d));
                if (!planned) {
                    errors.add("datum", "Am " + d.format(EditForms.GERMAN) + " ist für diese Tour keine Abfuhr geplant.");
                }
                if (existing.stream().anyMatch(e -> e.originalDate().equals(d))) {
                    errors.add("datum", "Für den " + d.format(EditForms.GERMAN)
                            + " gibt es bei dieser Tour schon eine Ausnahme; entfernen Sie sie zuerst.");
                }
            });
            if (!k.equals("verlegt") && !k.equals("entfaellt")) {
                errors.add("art", "Bitte wählen Sie „verlegt“ oder „entfällt“.");
            }
            if (k.equals("verlegt") && moved.isEmpty() && !errors.has("neuesDatum")) {
                errors.add("neuesDatum", "Bei „verlegt“ geben Sie bitte das neue Datum an.");
            }
            if (k.equals("entfaellt") && moved.isPresent()) {
                errors.add("neuesDatum", "Bei „entfällt“ bleibt das neue Datum leer.");
            }
            if (k.equals("verlegt") && moved.isPresent() && original.isPresent() && moved.get().equals(original.get())) {
                errors.add("neuesDatum", "Das neue Datum muss ein anderes sein als das geplante.");
            }
            if (k.equals("verlegt") && moved.isPresent() && Math.abs(moved.get().getYear() - year) > 1) {
                errors.add("neuesDatum", "Das neue Datum muss im Planjahr " + year + " oder in einem Nachbarjahr liegen.");
            }
            String text = note == null ? "" : note.strip();
            if (text.length() > 300) {
                errors.add("hinweis", "Der Hinweis ist zu lang (höchstens 300 Zeichen).");
            }
            if (errors.any()) {
                return Optional.empty();
            }
            return Optional.of(new Valid(original.get(), k.equals("verlegt") ? moved.get() : null, text));
        }
    }
}
