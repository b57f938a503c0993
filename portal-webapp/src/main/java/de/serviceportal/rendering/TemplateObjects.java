package de.serviceportal.rendering;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.sites.Site;
import jakarta.servlet.http.HttpServletRequest;

/** The objects every template script sees, made once per page. */
final class TemplateObjects {

    private TemplateObjects() {
    }

    static Map<String, Object> create(RenderContext context, Links links, RichText richText, CmsDirectives cms,
            IdentifierLookup lookup)
            throws RepositoryException {
        CmsFunctions cmsfn = new CmsFunctions(links, richText, lookup);
        Map<String, Object> site = siteModel(context, links);
        AggregationState state = new AggregationState(context);
        Map<String, Object> objects = new HashMap<>();
        objects.put("cmsfn", cmsfn);
        objects.put("damfn", new DamFunctions(cmsfn));
        objects.put("resfn", new ResourceFunctions(context.definitions()));
        objects.put("i18n", new I18nModel(context.definitions().messages(), context.locale()));
        objects.put("state", state);
        objects.put("ctx", new WebContext(context.request(), context.locale(), state));
        objects.put("site", site);
        objects.put("sitefn", new SiteFunctions(site));
        objects.put("cms", cms.directives());
        return objects;
    }

    private static Map<String, Object> siteModel(RenderContext context, Links links) throws RepositoryException {
        Site site = context.site();
        Map<String, Object> model = new LinkedHashMap<>(site.properties());
        model.put("name", site.name());
        model.put("title", site.title());
        model.put("prefix", site.prefix());
        model.put("root", site.root());
        model.put("languages", site.languages());
        Node home = context.session().nodeExists("/website" + site.root())
                ? context.session().getNode("/website" + site.root()) : null;
        model.put("homeLink", home == null ? site.prefix() : links.link(home, context));
        return model;
    }

    /** {@code sitefn}. */
    public static final class SiteFunctions {
        private final Map<String, Object> site;

        SiteFunctions(Map<String, Object> site) {
            this.site = site;
        }

        public Map<String, Object> site() {
            return site;
        }
    }

    /** {@code state} / {@code ctx.aggregationState}. */
    public static final class AggregationState {
        private final RenderContext context;

        AggregationState(RenderContext context) {
            this.context = context;
        }

        public Node getMainContentNode() {
            return context.page();
        }

        public Node getMainContent() {
            return context.page();
        }

        public String getCurrentURI() {
            return context.request().getRequestURI();
        }

        public Locale getLocale() {
            return context.locale();
        }

        public Map<String, String> getChannel() {
            return Map.of("name", "desktop");
        }
    }

    /** {@code ctx}: the request as Magnolia's web context shows it. */
    public static final class WebContext {
        private final HttpServletRequest request;
        private final Locale locale;
        private final AggregationState state;

        WebContext(HttpServletRequest request, Locale locale, AggregationState state) {
            this.request = request;
            this.locale = locale;
            this.state = state;
        }

        public String getContextPath() {
            return request.getContextPath();
        }

        public Locale getLocale() {
            return locale;
        }

        public HttpServletRequest getRequest() {
            return request;
        }

        public AggregationState getAggregationState() {
            return state;
        }

        public String getParameter(String name) {
            return request.getParameter(name);
        }
    }
}
