package de.serviceportal.wastecalendar.web.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.multipart.MultipartFile;

import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.importer.ImportIssue;
import de.serviceportal.wastecalendar.importer.ImportOptions;
import de.serviceportal.wastecalendar.importer.ImportReport;
import de.serviceportal.wastecalendar.importer.PlanFiles;
import de.serviceportal.wastecalendar.importer.PlanImporter;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;

/**
 * {@code /.editor/plugins/waste-calendar/import}: upload a year's CSV files; "Probelauf" only checks, "Importieren"
 * checks and replaces the year's plan — only if there is no error (the importer writes all or nothing).
 */
@Controller
class ImportScreen {

    private static final Logger LOG = LoggerFactory.getLogger(ImportScreen.class);
    private static final String TITLE = "Abfuhrplan importieren";

    private final PlanImporter importer;
    private final WasteCalendarRepository repository;

    ImportScreen(PlanImporter importer, WasteCalendarRepository repository) {
        this.importer = importer;
        this.repository = repository;
    }

    @GetMapping(path = StaffConfiguration.IMPORT_SCREEN, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(CsrfToken csrf) {
        int nextYear = LocalDate.now(WasteCalendarAutoConfiguration.TIME_ZONE).getYear() + 1;
        return StaffHtml.page(HttpStatus.OK, StaffConfiguration.IMPORT_SCREEN, TITLE,
                plans() + form(csrf, String.valueOf(nextYear), false));
    }

    @PostMapping(path = StaffConfiguration.IMPORT_SCREEN, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> upload(@RequestParam(name = "jahr", required = false) String yearText,
            @RequestParam(name = "aktion", required = false) String action,
            @RequestParam(name = "neueStrassen", required = false) String newStreets,
            @RequestParam(name = "touren", required = false) MultipartFile tours,
            @RequestParam(name = "strassen", required = false) MultipartFile streets,
            @RequestParam(name = "ausnahmen", required = false) MultipartFile exceptions,
            @RequestParam(name = "sondertermine", required = false) MultipartFile specials,
            CsrfToken csrf, Authentication user) {
        boolean dryRun = !"import".equals(action);
        boolean allowNewStreets = "true".equals(newStreets);
        List<ImportIssue> uploadErrors = new ArrayList<>();
        int year = 0;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText.strip());
            new ImportOptions(year, dryRun, allowNewStreets);
        } catch (IllegalArgumentException e) {
            uploadErrors.add(new ImportIssue(ImportIssue.Severity.ERROR, "Planjahr", 0,
                    "Bitte geben Sie das Planjahr an, eine Jahreszahl zwischen " + ImportOptions.MIN_YEAR + " und "
                            + ImportOptions.MAX_YEAR + "."));
        }
        String toursText = Uploads.text(tours, PlanFiles.TOURS, true, uploadErrors);
        String streetsText = Uploads.text(streets, PlanFiles.STREETS, true, uploadErrors);
        String exceptionsText = Uploads.text(exceptions, PlanFiles.EXCEPTIONS, false, uploadErrors);
        String specialsText = Uploads.text(specials, PlanFiles.SPECIALS, false, uploadErrors);

        ImportReport report;
        if (uploadErrors.isEmpty()) {
            report = importer.run(new PlanFiles(toursText, streetsText, exceptionsText, specialsText),
                    new ImportOptions(year, dryRun, allowNewStreets));
            if (report.imported()) {
                LOG.info("Waste-collection plan {} imported by {}", year, user == null ? "?" : user.getName());
            }
        } else {
            report = new ImportReport(Math.max(year, 0), dryRun, false, uploadErrors, Map.of());
        }
        String yearValue = yearText == null ? "" : yearText.strip();
        return StaffHtml.page(report.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK,
                StaffConfiguration.IMPORT_SCREEN, TITLE,
                ImportReportHtml.render(report, uploadErrors.isEmpty() ? year : 0) + plans()
                        + form(csrf, yearValue, allowNewStreets));
    }

    private String plans() {
        List<Integer> years = repository.planYears();
        StringBuilder html = new StringBuilder("<h2>Vorhandene Abfuhrpläne</h2>");
        if (years.isEmpty()) {
            return html.append("<p>Noch kein Abfuhrplan importiert.</p>").toString();
        }
        html.append("<ul>");
        for (int year : years) {
            html.append("<li>").append(year).append(", zuletzt geändert am ")
                    .append(repository.planChangedAt(year).map(t -> java.time.format.DateTimeFormatter
                            .ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'").withZone(WasteCalendarAutoConfiguration.TIME_ZONE).format(t))
                            .orElse("?"))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String form(CsrfToken csrf, String year, boolean allowNewStreets) {
        return "<h2>Dateien hochladen</h2>"
                + "<p>Die Dateien des Entsorgers: CSV, Semikolon als Trennzeichen, UTF-8, mit Überschriftenzeile; "
                + "höchstens 1 MB je Datei. Ein Import ersetzt den Abfuhrplan des Jahres vollständig. Bei einem "
                + "Fehler wird nichts übernommen. Der Probelauf prüft nur und speichert nichts.</p>"
                + "<form method=\"post\" action=\"" + StaffConfiguration.IMPORT_SCREEN
                + "\" enctype=\"multipart/form-data\">" + StaffHtml.csrfField(csrf)
                + "<p><label for=\"jahr\">Planjahr</label><br><input id=\"jahr\" name=\"jahr\" type=\"number\" "
                + "min=\"" + ImportOptions.MIN_YEAR + "\" max=\"" + ImportOptions.MAX_YEAR + "\" required value=\""
                + StaffHtml.esc(year) + "\"></p>"
                + fileField("touren", "Touren (touren.csv, Pflicht)", true)
                + fileField("strassen", "Straßen (strassen.csv, Pflicht)", true)
                + fileField("ausnahmen", "Ausnahmen (ausnahmen.csv, freiwillig)", false)
                + fileField("sondertermine", "Sondertermine (sondertermine.csv, freiwillig)", false)
                + "<p><input id=\"neueStrassen\" name=\"neueStrassen\" type=\"checkbox\" value=\"true\""
                + (allowNewStreets ? " checked" : "") + " aria-describedby=\"neueStrassen-hilfe\"> "
                + "<label for=\"neueStrassen\">Neue Straßen zulassen</label></p>"
                + "<p class=\"hilfe\" id=\"neueStrassen-hilfe\">Ohne diese Option gilt eine Straße, die noch nicht "
                + "im Straßenverzeichnis steht, als Fehler (mit Vorschlägen für Tippfehler).</p>"
                + "<p><button type=\"submit\" name=\"aktion\" value=\"probelauf\">Probelauf (nur prüfen)</button> "
                + "<button type=\"submit\" name=\"aktion\" value=\"import\">Prüfen und importieren</button></p>"
                + "</form>";
    }

    private static String fileField(String name, String label, boolean required) {
        return "<p><label for=\"" + name + "\">" + StaffHtml.esc(label) + "</label><br><input id=\"" + name
                + "\" name=\"" + name + "\" type=\"file\" accept=\".csv,text/csv,text/plain\"" + (required ? " required" : "")
                + "></p>";
    }
}
