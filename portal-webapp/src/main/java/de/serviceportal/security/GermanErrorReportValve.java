package de.serviceportal.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last-resort error report, for errors the application never sees — above all URLs that
 * Tomcat itself refuses before any filter runs (e.g. {@code /%2e%2e/%2e%2e/etc/passwd} → 400). Instead
 * of Tomcat's English HTML page it writes one short German line, no server details, no stack trace.
 * Errors inside the application still go to the application's own error pages.
 */
final class GermanErrorReportValve extends ErrorReportValve {

    GermanErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(text(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is unusable; nothing sensible is left to do.
        }
    }

    static String text(int status) {
        String reason = switch (status) {
            case 400 -> "Ungültige Anfrage: Die Adresse enthält unzulässige Zeichen oder Pfadangaben.";
            case 404 -> "Die Seite wurde nicht gefunden.";
            case 405 -> "Diese Anfragemethode ist hier nicht erlaubt.";
            case 413, 414, 431 -> "Die Anfrage ist zu groß.";
            case 503 -> "Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut.";
            default -> status >= 500
                    ? "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut."
                    : "Die Anfrage konnte nicht bearbeitet werden.";
        };
        return status + " – " + reason + "\n";
    }
}
