package de.serviceportal.rendering;

import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.Session;

import de.serviceportal.modules.Definitions;
import de.serviceportal.sites.Site;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Everything one page rendering needs, bound to the rendering thread while the page renders (template objects and
 * nested component scripts read it from there).
 *
 * @param byDomain  the site was reached by its host name (links then have no prefix)
 * @param staff     a logged-in staff member is looking: problems are shown as notices on the page
 * @param editMode  the page editor's hooks, or null when the page is shown as citizens see it
 */
record RenderContext(HttpServletRequest request, Session session, Site site, Locale locale, Node page,
        Definitions definitions, boolean byDomain, boolean staff, EditMode editMode) {

    /** The context of the page being rendered on this thread. */
    static RenderContext current() {
        return PageRendering.current().context();
    }

    static RenderContext currentOrNull() {
        PageRendering rendering = PageRendering.currentOrNull();
        return rendering == null ? null : rendering.context();
    }

    boolean defaultLanguage() {
        return locale.getLanguage().equals(site.defaultLanguage());
    }
}
