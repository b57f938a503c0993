package de.serviceportal.wastecalendar.web.staff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import de.serviceportal.wastecalendar.importer.ImportIssue;

/**
 * Checks an uploaded CSV by its content, not by its name or declared type: at most {@link #MAX_BYTES}, valid
 * UTF-8 text without control characters, a header line with semicolons. Problems become import errors.
 */
final class Uploads {

    static final int MAX_BYTES = 1_000_000;

    private Uploads() {
    }

    /** The file's text, or null (missing optional file, or an error added to {@code errors}). */
    static String text(MultipartFile file, String name, boolean required, List<ImportIssue> errors) {
        if (file == null || file.isEmpty()) {
            if (required) {
                errors.add(error(name, "Bitte laden Sie die Datei hoch (Pflichtdatei)."));
            }
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            errors.add(error(name, "Die Datei ist zu groß (höchstens 1 MB)."));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            errors.add(error(name, "Die Datei ist keine Textdatei in UTF-8. Bitte speichern Sie sie als "
                    + "„CSV UTF-8 (durch Trennzeichen getrennt)“."));
            return null;
        } catch (IOException e) {
            errors.add(error(name, "Die Datei konnte nicht gelesen werden."));
            return null;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(error(name, "Die Datei enthält Steuerzeichen; sie ist wohl keine CSV-Datei."));
            return null;
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (!firstLine.contains(";")) {
            errors.add(error(name, "Die erste Zeile muss die Spaltenüberschriften enthalten, durch Semikolon "
                    + "getrennt (zum Beispiel „Tour;Fraktion;Wochentag;…“)."));
            return null;
        }
        return text;
    }

    private static ImportIssue error(String name, String message) {
        return new ImportIssue(ImportIssue.Severity.ERROR, name, 0, message);
    }
}
