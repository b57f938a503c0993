package de.serviceportal.wastecalendar.importer;

/** One finding of an import: an error blocks the import, a note does not. {@code line} is 1-based (header = 1). */
public record ImportIssue(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, NOTE }

    /** German one-liner, e.g. "strassen.csv, Zeile 17: Unbekannte Tour „M-RA-9“." */
    @Override
    public String toString() {
        String where = line > 0 ? file + ", Zeile " + line : file;
        return (severity == Severity.ERROR ? "Fehler: " : "Hinweis: ") + where + ": " + message;
    }
}
