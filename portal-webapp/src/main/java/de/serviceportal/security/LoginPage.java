package de.serviceportal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.owasp.encoder.Encode;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Renders the German staff login page from {@code security/login.html}. Every inserted value is
 * HTML-encoded here; the notices are fixed texts.
 *
 * <p>The page's only inline code is its {@code <style>} block; {@link #contentSecurityPolicy()} allows
 * exactly that block by its SHA-256 hash, so the page needs neither {@code 'unsafe-inline'} nor any
 * other source.
 */
final class LoginPage {

    static final String TEMPLATE = "security/login.html";

    static final String FAILED = "Anmeldung fehlgeschlagen: Benutzername oder Passwort ist falsch.";
    static final String LOCKED = "Anmeldung vorübergehend gesperrt: Zu viele fehlgeschlagene Versuche. "
            + "Bitte versuchen Sie es in %d Minuten erneut.";
    static final String LOGGED_OUT = "Sie wurden abgemeldet.";

    /** What the page tells the user above the form. */
    enum Notice { NONE, FAILED, LOCKED, LOGGED_OUT }

    private final String template;
    private final String contentSecurityPolicy;
    private final long lockMinutes;

    LoginPage(long lockMinutes) {
        this.template = load();
        this.contentSecurityPolicy = "default-src 'none'; style-src '" + styleHash(template) + "'; "
                + "form-action 'self'; frame-ancestors 'self'; base-uri 'none'";
        this.lockMinutes = Math.max(1, lockMinutes);
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    String render(String contextPath, CsrfToken csrf, Notice notice) {
        String noticeHtml = switch (notice) {
            case NONE -> "";
            case FAILED -> noticeBlock("alert", "fehler", FAILED);
            case LOCKED -> noticeBlock("alert", "fehler", LOCKED.formatted(lockMinutes));
            case LOGGED_OUT -> noticeBlock("status", "hinweis", LOGGED_OUT);
        };
        boolean error = notice == Notice.FAILED || notice == Notice.LOCKED;
        return template
                .replace("{{notice}}", noticeHtml)
                .replace("{{describedBy}}", error ? " aria-describedby=\"login-meldung\"" : "")
                .replace("{{action}}", Encode.forHtmlAttribute(contextPath + "/.login"))
                .replace("{{home}}", Encode.forHtmlAttribute(contextPath + "/"))
                .replace("{{csrfParameter}}", Encode.forHtmlAttribute(csrf.getParameterName()))
                .replace("{{csrfToken}}", Encode.forHtmlAttribute(csrf.getToken()));
    }

    private static String noticeBlock(String role, String cssClass, String text) {
        return "<div id=\"login-meldung\" class=\"meldung " + cssClass + "\" role=\"" + role + "\"><p>"
                + Encode.forHtml(text) + "</p></div>\n";
    }

    /** CSP hash source of the template's single inline style block, e.g. {@code sha256-...}. */
    static String styleHash(String html) {
        int start = html.indexOf("<style>");
        int end = html.indexOf("</style>");
        if (start < 0 || end < start) {
            throw new IllegalStateException(TEMPLATE + " must contain one <style> block");
        }
        String css = html.substring(start + "<style>".length(), end);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String load() {
        try (InputStream in = LoginPage.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
