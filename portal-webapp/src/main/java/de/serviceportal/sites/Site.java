package de.serviceportal.sites;

import java.util.List;
import java.util.Map;

/**
 * A site defined in a light module's {@code sites/<name>.yaml}: where its pages live and how URLs reach them.
 *
 * @param name             file name of the definition, e.g. {@code merseburg}
 * @param prefix           URL prefix when no domain matches, e.g. {@code /merseburg}, or {@code /}
 * @param domains          host names mapped to this site (then no prefix)
 * @param root             workspace path of the home page, e.g. {@code /merseburg}
 * @param defaultLanguage  language of unsuffixed properties
 * @param languages        all languages of the site, the default first
 * @param notFoundPage     workspace path of the site's 404 page, or null
 * @param properties       the whole definition, for templates ({@code site.parameters.x})
 */
public record Site(String name, String title, String prefix, List<String> domains, String root,
        String defaultLanguage, List<String> languages, String notFoundPage, Map<String, Object> properties) {

    /** Whether a workspace path belongs to this site. */
    public boolean contains(String workspacePath) {
        return workspacePath.equals(root) || workspacePath.startsWith(root.endsWith("/") ? root : root + "/");
    }

    /** Path of a page of this site relative to the prefix, e.g. {@code /buergerservice}; home is empty. */
    public String relativePath(String workspacePath) {
        return workspacePath.substring(root.length());
    }

    /** The start of this site's URLs when it is reached by prefix: {@code /merseburg}, or empty for {@code /}. */
    public String urlBase() {
        return "/".equals(prefix) ? "" : prefix;
    }

    /** The URL (by prefix, default language) of a page of this site. */
    public String url(String workspacePath) {
        String url = urlBase() + relativePath(workspacePath);
        return url.isEmpty() ? "/" : url;
    }

    /** The page path for a path relative to the site, e.g. {@code /buergerservice} → {@code /merseburg/buergerservice}. */
    public String pagePath(String relative) {
        if (relative.isEmpty() || "/".equals(relative)) {
            return root;
        }
        return ("/".equals(root) ? "" : root) + relative;
    }
}
