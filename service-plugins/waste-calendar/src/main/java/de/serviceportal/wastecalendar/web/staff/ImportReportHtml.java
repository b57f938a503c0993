package de.serviceportal.wastecalendar.web.staff;

import java.util.List;
import java.util.Map;

import de.serviceportal.wastecalendar.importer.ImportIssue;
import de.serviceportal.wastecalendar.importer.ImportReport;

/** The import report as an accessible section: outcome first (announced), then errors and notes by file and line. */
final class ImportReportHtml {

    private ImportReportHtml() {
    }

    static String render(ImportReport report, int year) {
        String yearText = year > 0 ? " " + year : "";
        String outcome;
        if (report.imported()) {
            outcome = "Der Abfuhrplan" + yearText + " wurde importiert und gilt ab sofort.";
        } else if (report.hasErrors()) {
            int n = report.errors().size();
            outcome = (report.dryRun() ? "Probelauf: " : "") + "Der Abfuhrplan" + yearText + " kann nicht importiert "
                    + "werden, " + (n == 1 ? "es gibt einen Fehler" : "es gibt " + n + " Fehler")
                    + ". Es wurde nichts gespeichert.";
        } else {
            outcome = "Probelauf für den Abfuhrplan" + yearText + ": keine Fehler. Es wurde nichts gespeichert; "
                    + "zum Übernehmen wählen Sie „Prüfen und importieren“.";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"ergebnis\" id=\"bericht\">")
                .append("<h2 id=\"ergebnis\">Ergebnis").append(report.dryRun() ? " des Probelaufs" : " des Imports")
                .append("</h2><p ").append(report.hasErrors() ? "role=\"alert\" class=\"fehler\"" : "role=\"status\"")
                .append('>').append(StaffHtml.esc(outcome)).append("</p>");
        List<ImportIssue> errors = report.errors();
        List<ImportIssue> notes = report.issues().stream()
                .filter(i -> i.severity() == ImportIssue.Severity.NOTE).toList();
        issues(html, "fehler", "Fehler", errors);
        issues(html, "hinweise", "Hinweise (blockieren den Import nicht)", notes);
        if (!report.counts().isEmpty()) {
            html.append("<table><caption>Inhalt der Dateien</caption><tbody>");
            for (String key : List.of("Gemeinden", "Ortsteile", "Straßen", "Adressen", "Zuordnungen", "Touren",
                    "Regeln", "Ausnahmen", "Sondertermine")) {
                Integer value = report.counts().get(key);
                if (value != null) {
                    html.append("<tr><th scope=\"row\">").append(StaffHtml.esc(key)).append("</th><td>")
                            .append(value).append("</td></tr>");
                }
            }
            for (Map.Entry<String, Integer> other : report.counts().entrySet()) {
                if (!List.of("Gemeinden", "Ortsteile", "Straßen", "Adressen", "Zuordnungen", "Touren", "Regeln",
                        "Ausnahmen", "Sondertermine").contains(other.getKey())) {
                    html.append("<tr><th scope=\"row\">").append(StaffHtml.esc(other.getKey())).append("</th><td>")
                            .append(other.getValue()).append("</td></tr>");
                }
            }
            html.append("</tbody></table>");
        }
        return html.append("</section>").toString();
    }

    private static void issues(StringBuilder html, String id, String title, List<ImportIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        html.append("<h3 id=\"").append(id).append("\">").append(StaffHtml.esc(title)).append(": ")
                .append(issues.size()).append("</h3><table aria-labelledby=\"").append(id).append("\"><thead><tr>")
                .append("<th scope=\"col\">Datei</th><th scope=\"col\">Zeile</th><th scope=\"col\">Meldung</th>")
                .append("</tr></thead><tbody>");
        for (ImportIssue issue : issues) {
            html.append("<tr><td>").append(StaffHtml.esc(issue.file())).append("</td><td>")
                    .append(issue.line() > 0 ? String.valueOf(issue.line()) : "–").append("</td><td>")
                    .append(StaffHtml.esc(issue.message())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }
}
