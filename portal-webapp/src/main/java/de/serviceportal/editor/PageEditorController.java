package de.serviceportal.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.authoring.AuthoringException;
import de.serviceportal.authoring.ContentEditing;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.rendering.EditModeRenderer;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page editor: a page's draft rendered by the citizens' renderer with bars to add, edit, order and delete
 * components ({@link PageEditorBars}). Changes go through the authoring operations (checks, versions, audit).
 */
@Controller
class PageEditorController {

    static final String EDIT = "/.editor/pages/edit";
    private static final Map<String, String> NOTICES = Map.of(
            "gespeichert", "Die Änderung ist gespeichert.",
            "verschoben", "Die Komponente wurde verschoben.",
            "geloescht", "Die Komponente wurde gelöscht. Der vorige Stand ist als Version aufbewahrt.");

    private final EditModeRenderer renderer;
    private final EditorTemplates templates;
    private final LightModuleRegistry modules;
    private final SiteRegistry sites;
    private final ContentStages stages;
    private final ContentEditing editing;

    PageEditorController(EditModeRenderer renderer, EditorTemplates templates, LightModuleRegistry modules,
            SiteRegistry sites, ContentStages stages, ContentEditing editing) {
        this.renderer = renderer;
        this.templates = templates;
        this.modules = modules;
        this.sites = sites;
        this.stages = stages;
        this.editing = editing;
    }

    @GetMapping(path = EDIT, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> edit(@RequestParam String path, @RequestParam(defaultValue = "") String lang,
            @RequestParam(defaultValue = "") String notice, HttpServletRequest request, CsrfToken csrf)
            throws Exception {
        return page(path, lang, NOTICES.get(notice), HttpStatus.OK, request, csrf);
    }

    @PostMapping(path = EDIT + "/order", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> order(@RequestParam String page, @RequestParam(defaultValue = "") String lang,
            @RequestParam String path, @RequestParam(required = false) String before,
            @RequestParam(required = false) String after, HttpServletRequest request, CsrfToken csrf,
            Authentication user) throws Exception {
        if (!below(path, page)) {
            return page(page, lang, "Diese Komponente gehört nicht zu dieser Seite.", HttpStatus.BAD_REQUEST,
                    request, csrf);
        }
        try {
            editing.order(Workspaces.WEBSITE, path, blankToNull(before), blankToNull(after), user.getName());
        } catch (AuthoringException e) {
            return page(page, lang, e.getMessage(), e.status(), request, csrf);
        }
        return back(page, lang, "verschoben", identifier(path));
    }

    @GetMapping(path = EDIT + "/delete", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirmDelete(@RequestParam String page, @RequestParam(defaultValue = "") String lang,
            @RequestParam String path, CsrfToken csrf) throws Exception {
        return confirmation(page, lang, path, null, csrf, HttpStatus.OK);
    }

    @PostMapping(path = EDIT + "/delete", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> delete(@RequestParam String page, @RequestParam(defaultValue = "") String lang,
            @RequestParam String path, CsrfToken csrf, Authentication user) throws Exception {
        if (!below(path, page) || !isComponent(path)) {
            return confirmation(page, lang, path, "Hier können nur Komponenten dieser Seite gelöscht werden.", csrf,
                    HttpStatus.BAD_REQUEST);
        }
        try {
            editing.delete(Workspaces.WEBSITE, path, null, user.getName());
        } catch (AuthoringException e) {
            return confirmation(page, lang, path, e.getMessage(), csrf, e.status());
        }
        return back(page, lang, "geloescht", null);
    }

    /** "Deutsch", "Englisch" … — how editors name the content languages. */
    static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.GERMAN);
        return name.isEmpty() ? tag : name;
    }

    private ResponseEntity<String> page(String path, String lang, String notice, HttpStatus status,
            HttpServletRequest request, CsrfToken csrf) throws Exception {
        Optional<Site> site = sites.owning(path);
        if (site.isEmpty()) {
            return missing(path);
        }
        String language = site.get().languages().contains(lang) ? lang : site.get().defaultLanguage();
        PageEditorBars bars = new PageEditorBars(templates, modules.current(), site.get(), path, language,
                csrf.getToken(), notice);
        Optional<String> html = renderer.render(request, path, language, bars);
        return html.isEmpty() ? missing(path) : EditorTemplates.html(status, html.get());
    }

    private ResponseEntity<String> confirmation(String page, String lang, String path, String error, CsrfToken csrf,
            HttpStatus status) throws Exception {
        Map<String, Object> model = stages.draft().read(session -> {
            String repositoryPath = Workspaces.toRepositoryPath(Workspaces.WEBSITE, path);
            String pagePath = Workspaces.toRepositoryPath(Workspaces.WEBSITE, page);
            if (!below(path, page) || !session.nodeExists(repositoryPath) || !session.nodeExists(pagePath)) {
                return null;
            }
            Node component = session.getNode(repositoryPath);
            Node pageNode = session.getNode(pagePath);
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("label", label(component));
            view.put("pageTitle", pageNode.hasProperty("title") ? pageNode.getProperty("title").getString()
                    : pageNode.getName());
            return view;
        });
        if (model == null) {
            return missing(path);
        }
        model.put("page", page);
        model.put("lang", lang);
        model.put("path", path);
        model.put("error", error == null ? "" : error);
        model.put("csrf", csrf.getToken());
        return templates.respond(status, "page-editor-delete.ftl", model);
    }

    private String label(Node component) throws javax.jcr.RepositoryException {
        String template = component.hasProperty("mgnl:template") ? component.getProperty("mgnl:template").getString()
                : null;
        String title = template == null ? null : modules.current().get(DefinitionType.TEMPLATE, template)
                .map(definition -> definition.string("title")).orElse(template);
        return title == null ? component.getName() : title;
    }

    private boolean isComponent(String path) throws Exception {
        return Boolean.TRUE.equals(stages.draft().read(session -> {
            String repositoryPath = Workspaces.toRepositoryPath(Workspaces.WEBSITE, path);
            return session.nodeExists(repositoryPath) && session.getNode(repositoryPath).isNodeType("mgnl:component");
        }));
    }

    private String identifier(String path) throws Exception {
        return stages.draft().read(session -> {
            String repositoryPath = Workspaces.toRepositoryPath(Workspaces.WEBSITE, path);
            return session.nodeExists(repositoryPath) ? session.getNode(repositoryPath).getIdentifier() : null;
        });
    }

    private ResponseEntity<String> missing(String path) {
        return templates.respond(HttpStatus.NOT_FOUND, "pages.ftl", Map.of("missing", path));
    }

    /** Post/redirect/get back to the page editor, at the component that changed. */
    private static ResponseEntity<String> back(String page, String lang, String notice, String anchor) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, EDIT + "?path="
                + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&lang=" + URLEncoder.encode(lang,
                        StandardCharsets.UTF_8) + "&notice=" + notice + (anchor == null ? "" : "#k-" + anchor))
                .build();
    }

    private static boolean below(String path, String page) {
        return path.startsWith(page + "/") && !path.contains("/../");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
