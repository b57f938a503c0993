package de.serviceportal.editor;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import de.serviceportal.rendering.FreemarkerSettings;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * The editor workspace's own screens, as FreeMarker templates shipped in the portal jar ({@code editor/templates}):
 * the same settings as page scripts, so every {@code ${…}} is HTML-escaped unless a template says otherwise.
 * Public for the screens of other feature packages (the assets app in {@code dam}).
 */
@Component
public class EditorTemplates {

    private final Configuration configuration;

    EditorTemplates() {
        configuration = FreemarkerSettings.newConfiguration();
        configuration.setTemplateLoader(new ClassTemplateLoader(EditorTemplates.class.getClassLoader(),
                "editor/templates"));
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.yyyy, HH:mm 'Uhr'").withZone(java.time.ZoneId.of("Europe/Berlin"));

    /** A point in time as editors read it, in the portal's time zone. */
    public static String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** A rendered screen as a response that no cache keeps (staff screens show drafts and personal data). */
    public ResponseEntity<String> respond(HttpStatus status, String template, Map<String, Object> model) {
        return html(status, render(template, model));
    }

    public static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }

    public String render(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Editor screen " + template + " failed: " + e.getMessage(), e);
        }
    }
}
