package de.serviceportal.plugins;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.plugin.ServicePlugin;
import de.serviceportal.plugin.SettingDefinition;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;

/**
 * {@code /.admin/plugins/<id>/settings?site=<site>}: administrators edit a plugin's settings for one site. All values
 * are checked before any is stored; errors are listed at the top and at each field (German), the form keeps the
 * entered values. Saving needs the CSRF token like every state change.
 */
@Controller
class PluginSettingsController {

    private static final String FIELD_PREFIX = "s.";

    private final PluginCatalog catalog;
    private final JdbcSiteSettings settings;
    private final SiteRegistry sites;

    PluginSettingsController(PluginCatalog catalog, JdbcSiteSettings settings, SiteRegistry sites) {
        this.catalog = catalog;
        this.settings = settings;
        this.sites = sites;
    }

    @GetMapping(path = PluginsAdminController.PATH + "/{id}/settings", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String id, @RequestParam(required = false) String site,
            @RequestParam(required = false) String gespeichert, CsrfToken csrf) {
        ServicePlugin plugin = catalog.find(id).orElse(null);
        if (plugin == null || settings.definitions(id).isEmpty()) {
            return notFound("Den Dienst „" + id + "“ gibt es nicht, oder er hat keine Einstellungen.");
        }
        if (site == null || site.isBlank()) {
            return html(HttpStatus.OK, plugin, chooseSite(plugin));
        }
        Site chosen = sites.byName(site).orElse(null);
        if (chosen == null) {
            return notFound("Die Site „" + site + "“ gibt es nicht.");
        }
        return html(HttpStatus.OK, plugin, form(plugin, chosen, settings.all(site, id), Map.of(), gespeichert != null,
                csrf));
    }

    @PostMapping(path = PluginsAdminController.PATH + "/{id}/settings", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> save(@PathVariable String id, @RequestParam String site,
            @RequestParam Map<String, String> form, CsrfToken csrf, Authentication user) {
        ServicePlugin plugin = catalog.find(id).orElse(null);
        Site chosen = sites.byName(site).orElse(null);
        if (plugin == null || chosen == null || settings.definitions(id).isEmpty()) {
            return notFound("Den Dienst „" + id + "“ oder die Site „" + site + "“ gibt es nicht.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDefinition definition : settings.definitions(id)) {
            String submitted = form.get(FIELD_PREFIX + definition.key());
            if (definition.type() == SettingDefinition.Type.BOOLEAN) {
                values.put(definition.key(), String.valueOf(submitted != null)); // an unticked box is not sent
            } else if (submitted != null) {
                values.put(definition.key(), submitted);
            }
        }
        Map<String, String> errors = settings.setAll(site, id, values, user.getName());
        if (!errors.isEmpty()) {
            Map<String, String> shown = new LinkedHashMap<>(settings.all(site, id));
            shown.putAll(values);
            return html(HttpStatus.BAD_REQUEST, plugin, form(plugin, chosen, shown, errors, false, csrf));
        }
        // Post/Redirect/Get: reloading the confirmation does not send the form again
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(PluginsAdminController.PATH + "/"
                + StaffHtml.url(id) + "/settings?site=" + StaffHtml.url(site) + "&gespeichert")).build();
    }

    private String chooseSite(ServicePlugin plugin) {
        StringBuilder html = new StringBuilder("<h1>Einstellungen: ").append(StaffHtml.esc(plugin.title()))
                .append("</h1><p>Für welche Site möchten Sie die Einstellungen bearbeiten?</p><ul>");
        for (Site site : sites.sites()) {
            html.append("<li><a href=\"").append(action(plugin.id(), site.name())).append("\">")
                    .append(StaffHtml.esc(site.title())).append("</a></li>");
        }
        return html.append("</ul>").append(back()).toString();
    }

    private String form(ServicePlugin plugin, Site site, Map<String, String> values, Map<String, String> errors,
            boolean saved, CsrfToken csrf) {
        StringBuilder html = new StringBuilder(4 * 1024);
        html.append("<h1>Einstellungen: ").append(StaffHtml.esc(plugin.title())).append(" – ")
                .append(StaffHtml.esc(site.title())).append("</h1>");
        if (saved) {
            html.append("<div class=\"meldung erfolg\" role=\"status\"><p>Die Einstellungen wurden gespeichert.</p></div>");
        }
        if (!errors.isEmpty()) {
            html.append("<div class=\"meldung fehler\" role=\"alert\"><p>Die Einstellungen wurden nicht gespeichert. ")
                    .append("Bitte korrigieren Sie ").append(errors.size() == 1 ? "diese Angabe" : "diese Angaben")
                    .append(":</p><ul>");
            errors.forEach((key, message) -> html.append("<li><a href=\"#").append(StaffHtml.attr(fieldId(key)))
                    .append("\">").append(StaffHtml.esc(message)).append("</a></li>"));
            html.append("</ul></div>");
        }
        html.append("<form method=\"post\" action=\"").append(action(plugin.id(), site.name())).append("\">")
                .append("<input type=\"hidden\" name=\"").append(StaffHtml.attr(csrf.getParameterName()))
                .append("\" value=\"").append(StaffHtml.attr(csrf.getToken())).append("\">");
        for (SettingDefinition definition : settings.definitions(plugin.id())) {
            field(definition, values.get(definition.key()), errors.get(definition.key()), html);
        }
        html.append("<button type=\"submit\">Speichern</button></form>").append(back());
        return html.toString();
    }

    private static void field(SettingDefinition definition, String value, String error, StringBuilder html) {
        String id = fieldId(definition.key());
        String name = StaffHtml.attr(FIELD_PREFIX + definition.key());
        String errorId = id + "-fehler";
        String described = error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"" + StaffHtml.attr(errorId) + "\"";
        String errorText = error == null ? "" : "<p class=\"feldfehler\" id=\"" + StaffHtml.attr(errorId) + "\">"
                + StaffHtml.esc(error) + "</p>";
        switch (definition.type()) {
            case BOOLEAN -> html.append("<div class=\"feld check\">").append(errorText)
                    .append("<input type=\"checkbox\" id=\"").append(StaffHtml.attr(id)).append("\" name=\"").append(name)
                    .append("\" value=\"true\"").append("true".equals(value) ? " checked" : "").append(described)
                    .append("><label for=\"").append(StaffHtml.attr(id)).append("\">")
                    .append(StaffHtml.esc(definition.label())).append("</label></div>");
            case CHOICE -> {
                html.append("<div class=\"feld\"><label for=\"").append(StaffHtml.attr(id)).append("\">")
                        .append(StaffHtml.esc(definition.label())).append("</label>").append(errorText)
                        .append("<select id=\"").append(StaffHtml.attr(id)).append("\" name=\"").append(name).append('"')
                        .append(described).append('>');
                List<String> choices = definition.choices();
                for (String choice : choices) {
                    html.append("<option").append(choice.equals(value) ? " selected" : "").append(">")
                            .append(StaffHtml.esc(choice)).append("</option>");
                }
                html.append("</select></div>");
            }
            default -> html.append("<div class=\"feld\"><label for=\"").append(StaffHtml.attr(id)).append("\">")
                    .append(StaffHtml.esc(definition.label())).append("</label>")
                    .append(definition.type() == SettingDefinition.Type.NUMBER
                            ? "<p class=\"hilfe\" id=\"" + StaffHtml.attr(id) + "-hilfe\">Eine ganze Zahl.</p>" : "")
                    .append(errorText)
                    .append("<input type=\"text\" id=\"").append(StaffHtml.attr(id)).append("\" name=\"").append(name)
                    .append("\" value=\"").append(StaffHtml.attr(value)).append('"')
                    .append(definition.type() == SettingDefinition.Type.NUMBER ? " inputmode=\"numeric\"" : "")
                    .append(error == null && definition.type() == SettingDefinition.Type.NUMBER
                            ? " aria-describedby=\"" + StaffHtml.attr(id) + "-hilfe\"" : described)
                    .append("></div>");
        }
    }

    private static String fieldId(String key) {
        return "einstellung-" + key;
    }

    private static String action(String pluginId, String site) {
        return StaffHtml.attr(PluginsAdminController.PATH + "/" + StaffHtml.url(pluginId) + "/settings?site="
                + StaffHtml.url(site));
    }

    private static String back() {
        return "<p><a href=\"" + PluginsAdminController.PATH + "\">Zur Übersicht der Dienste</a></p>";
    }

    private ResponseEntity<String> html(HttpStatus status, ServicePlugin plugin, String body) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(StaffHtml.page("Einstellungen " + plugin.title(), "Administration", body));
    }

    private static ResponseEntity<String> notFound(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore())
                .contentType(MediaType.TEXT_HTML).body(StaffHtml.page("Nicht gefunden", "Administration",
                        "<h1>Nicht gefunden</h1><p>" + StaffHtml.esc(message) + "</p>" + back()));
    }
}
