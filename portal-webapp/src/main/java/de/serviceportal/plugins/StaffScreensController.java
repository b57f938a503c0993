package de.serviceportal.plugins;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import de.serviceportal.plugin.StaffScreen;

/**
 * {@code /.editor/plugins}: the plugin staff screens the logged-in user may open (until the editor's navigation
 * lists them itself).
 */
@Controller
class StaffScreensController {

    private final PluginCatalog catalog;
    private final PluginPermissions permissions;

    StaffScreensController(PluginCatalog catalog, PluginPermissions permissions) {
        this.catalog = catalog;
        this.permissions = permissions;
    }

    @GetMapping(path = { "/.editor/plugins", "/.editor/plugins/" }, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> list(Authentication user) {
        List<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        List<StaffScreen> allowed = catalog.screens().stream()
                .filter(screen -> permissions.granted(screen.permission(), authorities)).toList();
        StringBuilder html = new StringBuilder("<h1>Arbeitsbereiche der Dienste</h1>");
        if (allowed.isEmpty()) {
            html.append("<p>Für Ihre Rollen gibt es keine Arbeitsbereiche von Diensten.</p>");
        } else {
            html.append("<ul>");
            for (StaffScreen screen : allowed) {
                String plugin = catalog.find(screen.pluginId()).map(p -> p.title()).orElse(screen.pluginId());
                html.append("<li><a href=\"").append(StaffHtml.attr(screen.path())).append("\">")
                        .append(StaffHtml.esc(screen.title())).append("</a> (").append(StaffHtml.esc(plugin))
                        .append(")</li>");
            }
            html.append("</ul>");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(StaffHtml.page("Arbeitsbereiche der Dienste", "Redaktion", html.toString()));
    }
}
