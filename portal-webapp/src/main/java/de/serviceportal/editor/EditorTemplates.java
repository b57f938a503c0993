package de.serviceportal.editor;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.serviceportal.rendering.FreemarkerSettings;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * The editor workspace's own screens, as FreeMarker templates shipped in the portal jar ({@code editor/templates}):
 * the same settings as page scripts, so every {@code ${…}} is HTML-escaped unless a template says otherwise.
 */
@Component
class EditorTemplates {

    private final Configuration configuration;

    EditorTemplates() {
        configuration = FreemarkerSettings.newConfiguration();
        configuration.setTemplateLoader(new ClassTemplateLoader(EditorTemplates.class.getClassLoader(),
                "editor/templates"));
    }

    String render(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Editor screen " + template + " failed: " + e.getMessage(), e);
        }
    }
}
