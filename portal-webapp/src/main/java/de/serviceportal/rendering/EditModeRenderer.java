package de.serviceportal.rendering;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Session;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;
import jakarta.servlet.http.HttpServletRequest;

/** Renders a page's draft for the page editor: the same renderer as for citizens, plus the editor's hooks. */
@Component
public class EditModeRenderer {

    private final PageRenderer renderer;
    private final ContentStages stages;
    private final SiteRegistry sites;

    EditModeRenderer(PageRenderer renderer, ContentStages stages, SiteRegistry sites) {
        this.renderer = renderer;
        this.stages = stages;
        this.sites = sites;
    }

    /**
     * The page at {@code pagePath} (workspace path) in {@code language} (one of its site's languages; otherwise the
     * site's default), or empty if there is no such page.
     */
    public Optional<String> render(HttpServletRequest request, String pagePath, String language, EditMode editMode)
            throws Exception {
        Optional<Site> site = sites.owning(pagePath);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(site.get().languages().contains(language) ? language
                : site.get().defaultLanguage());
        Session session = stages.draft().login();
        try {
            Optional<Node> page = PageRenderer.page(session, pagePath);
            if (page.isEmpty()) {
                return Optional.empty();
            }
            StringWriter html = new StringWriter(32 * 1024);
            renderer.render(request, session, site.get(), locale, page.get(), false, true, editMode, html);
            return Optional.of(html.toString());
        } finally {
            session.logout();
        }
    }
}
