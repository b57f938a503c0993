package de.serviceportal.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Session;

import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

import de.serviceportal.caching.ContentReads;
import de.serviceportal.publishing.Audience;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * URL → site → page node → template. {@code /merseburg/buergerservice} is the page {@code /merseburg/buergerservice}
 * of the site with prefix {@code /merseburg}; a {@code .html} suffix and a trailing slash are accepted, and a
 * leading language segment ({@code /merseburg/en/…}) selects one of the site's other languages.
 */
@Controller
class PageController {

    private static final Logger LOG = LoggerFactory.getLogger(PageController.class);
    private static final Set<String> STAFF_ROLES = Set.of("ROLE_EDITOR", "ROLE_PUBLISHER", "ROLE_CLERK", "ROLE_ADMIN");

    private final SiteRegistry sites;
    private final ContentStages stages;
    private final PageRenderer renderer;

    PageController(SiteRegistry sites, ContentStages stages, PageRenderer renderer) {
        this.sites = sites;
        this.stages = stages;
        this.renderer = renderer;
    }

    @GetMapping("/**")
    void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requested = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
                StandardCharsets.UTF_8);
        String path = normalise(requested);
        if (!path.equals(requested) && !requested.isEmpty()) {
            // one URL per page: /x/ and /x.html lead to /x
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath()
                    + UriUtils.encodePath(path, StandardCharsets.UTF_8) + (query == null ? "" : "?" + query));
            return;
        }
        Optional<SiteRegistry.SiteRequest> siteRequest = sites.resolve(request.getServerName(), path);
        if (siteRequest.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Seite nicht gefunden",
                    "Unter dieser Adresse gibt es keine Seite.");
            return;
        }
        Site site = siteRequest.get().site();
        String relative = siteRequest.get().relativePath();
        Locale locale = Locale.forLanguageTag(site.defaultLanguage());
        for (String language : site.languages().subList(1, site.languages().size())) {
            if (relative.equals("/" + language) || relative.startsWith("/" + language + "/")) {
                locale = Locale.forLanguageTag(language);
                relative = relative.substring(language.length() + 1);
                break;
            }
        }
        try {
            Session session = stages.of(Audience.currentStage()).login();
            try {
                // the requested address depends on whatever is (or will be) published there
                ContentReads.path(Workspaces.toRepositoryPath(Workspaces.WEBSITE, site.pagePath(relative)));
                Optional<Node> page = PageRenderer.page(session, site.pagePath(relative));
                int status = HttpServletResponse.SC_OK;
                if (page.isEmpty() || site.pagePath(relative).equals(site.notFoundPage())) {
                    status = HttpServletResponse.SC_NOT_FOUND;
                    if (site.notFoundPage() != null) {
                        ContentReads.path(Workspaces.toRepositoryPath(Workspaces.WEBSITE, site.notFoundPage()));
                    }
                    page = site.notFoundPage() == null ? Optional.empty()
                            : PageRenderer.page(session, site.notFoundPage());
                }
                if (page.isEmpty()) {
                    plain(response, status, "Seite nicht gefunden", "Unter dieser Adresse gibt es keine Seite.");
                    return;
                }
                StringWriter html = new StringWriter(32 * 1024);
                renderer.render(request, session, site, locale, page.get(), siteRequest.get().byDomain(),
                        isStaff(), html);
                response.setStatus(status);
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader("Content-Language", locale.getLanguage());
                response.setHeader("Cache-Control", "no-cache");
                response.getWriter().write(html.toString());
            } finally {
                session.logout();
            }
        } catch (Exception e) {
            LOG.error("Cannot render {}", path, e);
            if (!response.isCommitted()) {
                response.reset();
                plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Technischer Fehler",
                        "Die Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es später erneut.");
            }
        }
    }

    static String normalise(String path) {
        String normalised = withoutTrailingSlashes(path.isEmpty() ? "/" : path);
        if (normalised.endsWith(".html")) {
            normalised = withoutTrailingSlashes(normalised.substring(0, normalised.length() - 5));
        }
        return normalised.isEmpty() ? "/" : normalised;
    }

    private static String withoutTrailingSlashes(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static boolean isStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF_ROLES::contains);
    }

    /** A minimal, valid and accessible page for when no site page can be shown. */
    static void plain(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + Encode.forHtml(title) + "</title></head><body><main><h1>" + Encode.forHtml(title) + "</h1><p>"
                + Encode.forHtml(message) + "</p><p><a href=\"/\">Zur Startseite</a></p></main></body></html>");
    }
}
