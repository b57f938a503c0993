package de.serviceportal.rendering;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.serviceportal.modules.LightModuleRegistry;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/** Runs template scripts from the light modules. Compiled scripts are dropped whenever a module file changes. */
@Component
class TemplateEngine {

    private final Configuration configuration;

    TemplateEngine(LightModuleRegistry registry) {
        configuration = FreemarkerSettings.newConfiguration();
        configuration.setObjectWrapper(new PortalObjectWrapper());
        configuration.setTemplateLoader(new RegistryTemplateLoader(registry));
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        registry.onReload(definitions -> configuration.clearTemplateCache());
    }

    /** @throws java.io.FileNotFoundException (as IOException) when no module has the script */
    void render(String scriptPath, Map<String, Object> model, Locale locale, Writer out)
            throws IOException, TemplateException {
        Template template = configuration.getTemplate(scriptPath.startsWith("/") ? scriptPath.substring(1) : scriptPath);
        Environment environment = template.createProcessingEnvironment(model, out);
        environment.setLocale(locale);
        environment.process();
    }
}
