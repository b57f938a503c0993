package de.serviceportal.rendering;

import java.io.Reader;
import java.io.StringReader;

import de.serviceportal.modules.LightModuleRegistry;
import freemarker.cache.TemplateLoader;

/**
 * Loads template scripts by resource path ({@code portal-theme/templates/pages/home.ftl}) from the light-module
 * registry, which holds the last good version of each script.
 */
final class RegistryTemplateLoader implements TemplateLoader {

    private final LightModuleRegistry registry;

    RegistryTemplateLoader(LightModuleRegistry registry) {
        this.registry = registry;
    }

    private record Source(String path, String text, long generation) {
    }

    @Override
    public Object findTemplateSource(String name) {
        String path = name.startsWith("/") ? name : "/" + name;
        return registry.current().script(path).map(text -> new Source(path, text, registry.current().generation()))
                .orElse(null);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return ((Source) templateSource).generation();
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        return new StringReader(((Source) templateSource).text());
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing to close: scripts are held in memory
    }
}
