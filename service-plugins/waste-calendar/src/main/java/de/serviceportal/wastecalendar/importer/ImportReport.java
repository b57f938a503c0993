package de.serviceportal.wastecalendar.importer;

import java.util.List;
import java.util.Map;

/**
 * Outcome of an import or dry run. {@code imported} is true only if the plan was written; with any error
 * nothing is written. {@code counts} says what the files contain (streets, addresses, tours, …).
 */
public record ImportReport(int year, boolean dryRun, boolean imported, List<ImportIssue> issues,
                           Map<String, Integer> counts) {

    public ImportReport {
        issues = List.copyOf(issues);
        counts = Map.copyOf(counts);
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** German summary for staff, one issue per line. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (imported) {
            sb.append("Abfuhrplan ").append(year).append(" wurde importiert.");
        } else if (hasErrors()) {
            sb.append("Abfuhrplan ").append(year).append(" wurde nicht importiert: ")
                    .append(errors().size()).append(errors().size() == 1 ? " Fehler." : " Fehler.");
        } else {
            sb.append("Probelauf für den Abfuhrplan ").append(year).append(": keine Fehler, nichts gespeichert.");
        }
        issues.forEach(i -> sb.append('\n').append(i));
        return sb.toString();
    }
}
