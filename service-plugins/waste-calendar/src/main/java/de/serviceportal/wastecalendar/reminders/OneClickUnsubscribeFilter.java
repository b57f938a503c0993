package de.serviceportal.wastecalendar.reminders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * RFC 8058 one-click unsubscribe: mail programs POST {@code List-Unsubscribe=One-Click} to the link of the
 * {@code List-Unsubscribe} header, without cookies and so without the portal's CSRF token. This filter runs before
 * Spring Security and answers exactly that request itself. Skipping CSRF is safe here: the random token in the URL
 * is the only authority, and the same token already unsubscribes by GET.
 */
final class OneClickUnsubscribeFilter extends OncePerRequestFilter {

    static final String PATH = ReminderLinks.BASE + "/unsubscribe";

    private final Reminders reminders;

    OneClickUnsubscribeFilter(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                || !"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            // Not a one-click request: the normal chain (and its CSRF check) decides.
            chain.doFilter(request, response);
            return;
        }
        boolean deleted = reminders.unsubscribe(request.getParameter("token"));
        response.setStatus(deleted ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write((deleted ? "Sie erhalten keine Erinnerungen mehr.\n"
                : "Keine Erinnerung zu diesem Link (vermutlich schon abbestellt).\n").getBytes(StandardCharsets.UTF_8));
    }
}
