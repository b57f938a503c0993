package de.serviceportal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers requests that Spring Security's {@code StrictHttpFirewall} rejects (encoded "..", ";",
 * "//", unknown methods, …) with 400 and a short German text instead of a 500 with a stack trace.
 * The body is written here rather than via {@code sendError}, so no error page (and no further
 * firewall pass over the same bad URL) is involved.
 */
final class RejectedRequestHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequestHandler.class);

    static final String BODY = "400 – Ungültige Anfrage: Die Adresse enthält unzulässige Zeichen "
            + "oder Pfadangaben.\n";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException rejected) throws IOException {
        // Debug only: scanners send such URLs by the thousand. The URL itself is attacker-chosen,
        // so it is not logged.
        log.debug("Rejected request: {}", rejected.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
