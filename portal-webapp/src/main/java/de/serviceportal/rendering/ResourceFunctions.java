package de.serviceportal.rendering;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.encoder.Encode;

import de.serviceportal.modules.Definitions;
import de.serviceportal.modules.ModuleResource;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/** {@code resfn}: link and script tags for web resources matching patterns, with a version for caching. */
public final class ResourceFunctions {

    private final Definitions definitions;

    ResourceFunctions(Definitions definitions) {
        this.definitions = definitions;
    }

    public TemplateHTMLOutputModel css(List<String> patterns) throws TemplateModelException {
        return tags(patterns, ".css", "<link rel=\"stylesheet\" href=\"%s\">");
    }

    public TemplateHTMLOutputModel js(List<String> patterns) throws TemplateModelException {
        return tags(patterns, ".js", "<script src=\"%s\" defer></script>");
    }

    private TemplateHTMLOutputModel tags(List<String> patterns, String extension, String format)
            throws TemplateModelException {
        List<Pattern> compiled = patterns.stream().map(Pattern::compile).toList();
        StringBuilder html = new StringBuilder();
        definitions.resources().stream()
                .filter(resource -> resource.path().startsWith("webresources/") && resource.path().endsWith(extension))
                .filter(resource -> compiled.stream().anyMatch(p -> p.matcher(resource.resourcePath()).matches()))
                .map(ResourceFunctions::versionedUrl)
                .sorted()
                .forEach(url -> html.append(String.format(format, Encode.forHtmlAttribute(url))).append('\n'));
        return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
    }

    /** The public URL with a version parameter that changes whenever the file does. */
    static String versionedUrl(ModuleResource resource) {
        return ModuleResource.PUBLIC_PREFIX + resource.resourcePath() + "?v=" + resource.fingerprint();
    }
}
