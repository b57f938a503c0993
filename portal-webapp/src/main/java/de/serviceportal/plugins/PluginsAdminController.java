package de.serviceportal.plugins;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import de.serviceportal.plugin.ClusterJob;
import de.serviceportal.plugin.PluginMigrations;
import de.serviceportal.plugin.PluginPaths;
import de.serviceportal.plugin.PluginPermission;
import de.serviceportal.plugin.ServicePlugin;
import de.serviceportal.plugin.SettingDefinition;
import de.serviceportal.plugin.StaffScreen;
import de.serviceportal.security.StaffRole;

/** {@code /.admin/plugins}: the installed plugins and everything they contribute, for administrators. */
@Controller
class PluginsAdminController {

    static final String PATH = "/.admin/plugins";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.GERMAN)
            .withZone(ZoneId.systemDefault());

    private final PluginCatalog catalog;
    private final PluginPermissions permissions;
    private final JdbcSiteSettings settings;
    private final PluginMigrator migrator;
    private final ClusterJobScheduler scheduler;

    PluginsAdminController(PluginCatalog catalog, PluginPermissions permissions, JdbcSiteSettings settings,
            PluginMigrator migrator, ClusterJobScheduler scheduler) {
        this.catalog = catalog;
        this.permissions = permissions;
        this.settings = settings;
        this.migrator = migrator;
        this.scheduler = scheduler;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> overview() {
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<h1>Installierte Dienste (Plugins)</h1>");
        if (catalog.plugins().isEmpty()) {
            html.append("<p>Es ist kein Dienst installiert.</p>");
        } else {
            html.append("<table><caption class=\"hilfe\">").append(catalog.plugins().size())
                    .append(catalog.plugins().size() == 1 ? " Dienst" : " Dienste")
                    .append("</caption><thead><tr><th scope=\"col\">Kennung</th><th scope=\"col\">Name</th>")
                    .append("<th scope=\"col\">Beschreibung</th></tr></thead><tbody>");
            for (ServicePlugin plugin : catalog.plugins()) {
                html.append("<tr><td><a href=\"#plugin-").append(StaffHtml.attr(plugin.id())).append("\"><code>")
                        .append(StaffHtml.esc(plugin.id())).append("</code></a></td><td>")
                        .append(StaffHtml.esc(plugin.title())).append("</td><td>")
                        .append(StaffHtml.esc(plugin.description())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        for (ServicePlugin plugin : catalog.plugins()) {
            details(plugin, html);
        }
        jobs(html);
        html.append("<h2>Rechte der Dienste</h2>");
        if (permissions.all().isEmpty()) {
            html.append("<p>Keine.</p>");
        } else {
            html.append("<table><thead><tr><th scope=\"col\">Recht</th><th scope=\"col\">Bedeutung</th>")
                    .append("<th scope=\"col\">Rollen</th></tr></thead><tbody>");
            for (PluginPermission permission : permissions.all()) {
                html.append("<tr><td><code>").append(StaffHtml.esc(permission.name())).append("</code></td><td>")
                        .append(StaffHtml.esc(permission.label())).append("</td><td>")
                        .append(StaffHtml.esc(String.join(", ", roleLabels(permission.name())))).append("</td></tr>");
            }
            html.append("</tbody></table><p class=\"hilfe\">Rollen lassen sich je Recht mit der Einstellung ")
                    .append("<code>portal.permissions.&lt;Recht&gt;=ROLLE1,ROLLE2</code> ändern.</p>");
        }
        html.append("<p><a href=\"/v3/api-docs\">OpenAPI-Beschreibung der Schnittstellen</a> · ")
                .append("<a href=\"/swagger-ui.html\">Schnittstellen im Browser ausprobieren (Swagger UI)</a></p>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(StaffHtml.page("Dienste", "Administration", html.toString()));
    }

    private void details(ServicePlugin plugin, StringBuilder html) {
        String id = plugin.id();
        html.append("<section aria-labelledby=\"plugin-").append(StaffHtml.attr(id)).append("\"><h2 id=\"plugin-")
                .append(StaffHtml.attr(id)).append("\">").append(StaffHtml.esc(plugin.title())).append("</h2><ul>")
                .append("<li>REST-Schnittstelle: <code>").append(StaffHtml.esc(PluginPaths.rest(id)))
                .append("/…</code></li>");
        List<StaffScreen> screens = catalog.screens(id);
        html.append("<li>Arbeitsbereiche für Mitarbeitende: ");
        if (screens.isEmpty()) {
            html.append("keine");
        }
        for (int i = 0; i < screens.size(); i++) {
            StaffScreen screen = screens.get(i);
            html.append(i > 0 ? ", " : "").append("<a href=\"").append(StaffHtml.attr(screen.path())).append("\">")
                    .append(StaffHtml.esc(screen.title())).append("</a> (Recht <code>")
                    .append(StaffHtml.esc(screen.permission())).append("</code>)");
        }
        html.append("</li>");
        List<SettingDefinition> definitions = settings.definitions(id);
        html.append("<li>Einstellungen je Site: ");
        if (definitions.isEmpty()) {
            html.append("keine");
        } else {
            html.append(definitions.size()).append(" – <a href=\"").append(PATH).append('/').append(StaffHtml.attr(id))
                    .append("/settings\">Einstellungen bearbeiten</a>");
        }
        html.append("</li>");
        for (PluginMigrations migration : catalog.migrations(id)) {
            html.append("<li>Datenbank: Migrationen aus <code>").append(StaffHtml.esc(migration.location()))
                    .append("</code>, Stand ").append(StaffHtml.esc(migrator.version(migration)))
                    .append(", Verlauf in <code>").append(StaffHtml.esc(migration.historyTable())).append("</code></li>");
        }
        html.append("</ul></section>");
    }

    private void jobs(StringBuilder html) {
        html.append("<h2>Geplante Aufgaben im Cluster</h2><p>Dieser Knoten: <code>")
                .append(StaffHtml.esc(scheduler.node())).append("</code></p>");
        if (scheduler.jobs().isEmpty()) {
            html.append("<p>Keine.</p>");
            return;
        }
        html.append("<table><thead><tr><th scope=\"col\">Aufgabe</th><th scope=\"col\">Zeitplan</th>")
                .append("<th scope=\"col\">Zuletzt gestartet</th><th scope=\"col\">auf Knoten</th></tr></thead><tbody>");
        for (ClusterJob job : scheduler.jobs()) {
            var claim = scheduler.lastClaim(job.name());
            html.append("<tr><td><code>").append(StaffHtml.esc(job.name())).append("</code></td><td>")
                    .append(StaffHtml.esc(scheduler.describe(job))).append("</td><td>")
                    .append(claim.map(c -> StaffHtml.esc(TIME.format(Instant.ofEpochMilli(c.slot())))).orElse("noch nie"))
                    .append("</td><td>").append(claim.map(c -> "<code>" + StaffHtml.esc(c.node()) + "</code>").orElse("–"))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private List<String> roleLabels(String permission) {
        return permissions.roles(permission).stream().map(StaffRole::name).sorted().toList();
    }
}
