package de.serviceportal.wastecalendar.importer;

import de.serviceportal.wastecalendar.search.SearchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A semicolon-separated file with a header row. Columns are found by header name (case, umlauts and spaces do
 * not matter), so operators may reorder or add columns. Quoted fields with {@code ""} escapes are supported.
 */
final class CsvTable {

    final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    final List<Row> rows = new ArrayList<>();

    private CsvTable(String file) {
        this.file = file;
    }

    /** Parses {@code text}; structural problems go to {@code issues}. Returns empty if the file is unusable. */
    static Optional<CsvTable> parse(String file, String text, List<String> requiredColumns, Issues issues) {
        CsvTable table = new CsvTable(file);
        if (text == null || text.isBlank()) {
            issues.error(file, 0, "Die Datei fehlt oder ist leer.");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<String> header = split(lines[0]);
        for (int i = 0; i < header.size(); i++) {
            table.columns.put(SearchText.normalize(header.get(i)), i);
        }
        List<String> missing = requiredColumns.stream().filter(c -> !table.columns.containsKey(SearchText.normalize(c))).toList();
        if (!missing.isEmpty()) {
            issues.error(file, 1, "Spalte(n) fehlen in der Kopfzeile: " + String.join(", ", missing)
                    + ". Erwartet wird: " + String.join(";", requiredColumns));
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[i]);
            if (cells == null) {
                issues.error(file, i + 1, "Zeile ist fehlerhaft (nicht geschlossenes Anführungszeichen).");
            } else if (cells.size() != header.size()) {
                issues.error(file, i + 1, "Zeile hat " + cells.size() + " Spalten, erwartet werden " + header.size()
                        + " (Trennzeichen ist das Semikolon).");
            } else if (cells.stream().allMatch(String::isBlank)) {
                continue;
            } else {
                table.rows.add(new Row(table, i + 1, cells));
            }
        }
        return Optional.of(table);
    }

    /** Splits one line; null if a quote is not closed. */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    record Row(CsvTable table, int line, List<String> cells) {

        /** The cell of a column, stripped; empty string if the column is absent. */
        String get(String column) {
            Integer i = table.columns.get(SearchText.normalize(column));
            return i == null ? "" : cells.get(i);
        }
    }
}
