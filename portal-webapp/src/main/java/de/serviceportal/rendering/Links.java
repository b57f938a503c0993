package de.serviceportal.rendering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;

/** Public URLs of pages and assets. */
@Component
class Links {

    private final SiteRegistry sites;

    Links(SiteRegistry sites) {
        this.sites = sites;
    }

    /** The URL of a website page or a DAM asset; other nodes have none. */
    String link(Node node, RenderContext context) throws RepositoryException {
        String workspace = Workspaces.workspaceOf(node.getPath());
        String path = Workspaces.toWorkspacePath(node.getPath());
        if (Workspaces.DAM.equals(workspace)) {
            return assetLink(node);
        }
        if (!Workspaces.WEBSITE.equals(workspace)) {
            return null;
        }
        Optional<Site> owner = sites.owning(path);
        if (owner.isEmpty()) {
            return null;
        }
        return pageLink(owner.get(), path, context);
    }

    private static String pageLink(Site site, String path, RenderContext context) {
        String relative = site.relativePath(path);
        boolean sameSite = context != null && context.site().name().equals(site.name());
        String language = context != null && !context.defaultLanguage()
                && site.languages().contains(context.locale().getLanguage())
                ? "/" + context.locale().getLanguage() : "";
        String base;
        if (sameSite && context.byDomain()) {
            base = "";
        } else if (!sameSite && context != null && context.byDomain() && !site.domains().isEmpty()) {
            base = context.request().getScheme() + "://" + site.domains().get(0) + port(context);
        } else {
            base = site.urlBase();
        }
        String url = base + language + relative;
        return url.isEmpty() ? "/" : url;
    }

    private static String port(RenderContext context) {
        int port = context.request().getServerPort();
        return port == 80 || port == 443 ? "" : ":" + port;
    }

    static String assetLink(Node asset) throws RepositoryException {
        String fileName = asset.getName();
        if (asset.hasNode("jcr:content") && asset.getNode("jcr:content").hasProperty("fileName")) {
            fileName = asset.getNode("jcr:content").getProperty("fileName").getString();
        }
        return "/dam/jcr:" + asset.getIdentifier() + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
