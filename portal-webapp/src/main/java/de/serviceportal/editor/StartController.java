package de.serviceportal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.publishing.ContentAudit;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.SiteRegistry;

/**
 * The start screen after a staff login: what the person can open, the latest content changes for editorial
 * staff, and problems in the light-module definitions for administrators.
 */
@Controller
class StartController {

    private static final int RECENT = 10;
    private static final Set<String> EDITORIAL = Set.of("ROLE_EDITOR", "ROLE_PUBLISHER", "ROLE_ADMIN");
    private static final Map<String, String> ACTIONS = Map.of("PUBLISH", "veröffentlicht", "UNPUBLISH",
            "zurückgezogen", "CREATE", "angelegt", "UPDATE", "geändert", "DELETE", "gelöscht", "MOVE", "verschoben",
            "ORDER", "umsortiert", "RESTORE", "wiederhergestellt");

    private final ContentAudit audit;
    private final LightModuleRegistry modules;
    private final SiteRegistry sites;
    private final EditorTemplates templates;

    StartController(ContentAudit audit, LightModuleRegistry modules, SiteRegistry sites, EditorTemplates templates) {
        this.audit = audit;
        this.modules = modules;
        this.sites = sites;
        this.templates = templates;
    }

    /** {@code /.admin/} is the same screen: the administration section is part of it. */
    @GetMapping(path = { "/.editor", "/.editor/", "/.admin", "/.admin/" }, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> start(Authentication user) {
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        boolean editorial = roles.stream().anyMatch(EDITORIAL::contains);
        boolean admin = roles.contains("ROLE_ADMIN");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("user", user.getName());
        model.put("editorial", editorial);
        model.put("admin", admin);
        if (editorial) {
            model.put("recent", audit.latest(RECENT).stream().map(this::view).toList());
        }
        if (admin) {
            model.put("problems", modules.current().problems().stream().map(Object::toString).toList());
        }
        return templates.respond(org.springframework.http.HttpStatus.OK, "start.ftl", model);
    }

    private Map<String, Object> view(ContentAudit.Entry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("when", EditorTemplates.when(entry.at()));
        view.put("actor", entry.actor());
        view.put("action", ACTIONS.getOrDefault(entry.action(), entry.action()));
        view.put("path", entry.path());
        view.put("details", entry.details() == null ? "" : entry.details());
        // pages link to their place in the tree; other workspaces have no screen yet
        view.put("link", Workspaces.WEBSITE.equals(entry.workspace()) && sites.owning(entry.path()).isPresent()
                ? PagesController.PAGES + "?path=" + java.net.URLEncoder.encode(entry.path(),
                        java.nio.charset.StandardCharsets.UTF_8) : "");
        view.put("workspace", entry.workspace());
        return view;
    }
}
