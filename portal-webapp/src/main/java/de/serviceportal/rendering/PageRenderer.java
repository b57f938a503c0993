package de.serviceportal.rendering;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Component;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.Definitions;
import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.plugins.ComponentModels;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;
import freemarker.template.TemplateException;
import jakarta.servlet.http.HttpServletRequest;

/** Renders a website page with its template definition. */
@Component
class PageRenderer {

    static final String FALLBACK_TEMPLATE = "portal-theme:pages/content";

    private final LightModuleRegistry modules;
    private final TemplateEngine engine;
    private final Links links;
    private final RichText richText;
    private final CmsDirectives cms;
    private final ProblemLog problems;
    private final IdentifierLookup lookup;
    private final ComponentModels componentModels;

    PageRenderer(LightModuleRegistry modules, TemplateEngine engine, Links links, RichText richText,
            CmsDirectives cms, ProblemLog problems, ComponentModels componentModels, IdentifierLookup lookup) {
        this.lookup = lookup;
        this.modules = modules;
        this.engine = engine;
        this.links = links;
        this.richText = richText;
        this.cms = cms;
        this.problems = problems;
        this.componentModels = componentModels;
    }

    /** The page node at a workspace path, if it is a page. */
    static Optional<Node> page(Session session, String pagePath) throws RepositoryException {
        String path = Workspaces.toRepositoryPath(Workspaces.WEBSITE, pagePath);
        try {
            if (session.nodeExists(path)) {
                Node node = session.getNode(path);
                return node.isNodeType("mgnl:page") ? Optional.of(node) : Optional.empty();
            }
        } catch (javax.jcr.RepositoryException e) {
            // a path that is not a valid JCR path names no page
        }
        return Optional.empty();
    }

    void render(HttpServletRequest request, Session session, Site site, Locale locale, Node page, boolean byDomain,
            boolean staff, Writer out) throws IOException, TemplateException, RepositoryException {
        render(request, session, site, locale, page, byDomain, staff, null, out);
    }

    /** As above; with {@code editMode} the page editor's bars are added. */
    void render(HttpServletRequest request, Session session, Site site, Locale locale, Node page, boolean byDomain,
            boolean staff, EditMode editMode, Writer out) throws IOException, TemplateException, RepositoryException {
        Definitions definitions = modules.current();
        RenderContext context = new RenderContext(request, session, site, locale, page, definitions, byDomain, staff,
                editMode);
        String templateId = page.hasProperty("mgnl:template") ? page.getProperty("mgnl:template").getString() : null;
        Optional<Definition> template = templateId == null ? Optional.empty()
                : definitions.get(DefinitionType.TEMPLATE, templateId);
        Optional<String> unknown = Optional.empty();
        if (template.isEmpty()) {
            String fallback = String.valueOf(site.properties().getOrDefault("fallbackTemplate", FALLBACK_TEMPLATE));
            problems.warn(context, "page:" + templateId + "@" + page.getPath(),
                    "Page {} has the unknown template '{}'; rendering it with {}", page.getPath(), templateId, fallback);
            unknown = Optional.of(String.valueOf(templateId));
            template = definitions.get(DefinitionType.TEMPLATE, fallback);
            if (template.isEmpty()) {
                throw new IOException("Neither the page's template '" + templateId + "' nor the fallback '"
                        + fallback + "' is defined");
            }
        }
        PageRendering rendering = new PageRendering(context, engine,
                TemplateObjects.create(context, links, richText, cms, lookup), problems, componentModels);
        rendering.renderPage(template.get(), unknown, out);
    }
}
