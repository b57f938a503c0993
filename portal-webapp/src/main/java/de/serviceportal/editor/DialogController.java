package de.serviceportal.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.http.CacheControl;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import de.serviceportal.authoring.AuthoringException;
import de.serviceportal.authoring.ContentEditing;
import de.serviceportal.authoring.FieldError;
import de.serviceportal.authoring.NodeValues;
import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.Stamps;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The dialog screen: a component's content or a page's properties, as a form generated from the light-module
 * dialog of its template ({@code ?path=}), or a new component of an area ({@code ?parent=&template=}). Saving goes
 * through {@link ContentEditing}, so it is validated exactly as the Nodes API validates; a failed save shows the
 * form again with everything typed and writes nothing. Buttons that only change the form (search a link target,
 * choose one, another entry) re-render it without saving, so all of it works without JavaScript.
 */
@Controller
class DialogController {

    static final String PATH = PagesController.PAGES + "/dialog";
    static final String SEARCH = PATH + "/suche";
    private static final String WORKSPACE = Workspaces.WEBSITE;

    private final ContentStages stages;
    private final ContentEditing editing;
    private final LightModuleRegistry registry;
    private final SiteRegistry sites;
    private final LinkTargets links;
    private final EditorTemplates screens;

    DialogController(ContentStages stages, ContentEditing editing, LightModuleRegistry registry, SiteRegistry sites,
            LinkTargets links, EditorTemplates screens) {
        this.stages = stages;
        this.editing = editing;
        this.registry = registry;
        this.sites = sites;
        this.links = links;
        this.screens = screens;
    }

    /** What is edited: an existing node ({@code path}) or a new component ({@code parent} area + template). */
    private record Target(boolean create, String path, String template, String before, String heading,
            String pagePath, List<DialogSpec.Tab> tabs, String modifiedBy, String modifiedAt) {

        List<DialogSpec.Field> fields() {
            return DialogSpec.all(tabs);
        }
    }

    /** The request's addressing parameters, carried through every form post. */
    private record Request(String path, String parent, String template, String before, String lang, String back) {

        String query() {
            StringBuilder query = new StringBuilder();
            append(query, "path", path);
            append(query, "parent", parent);
            append(query, "template", template);
            append(query, "before", before);
            append(query, "lang", lang);
            append(query, "back", back);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isEmpty()) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encode(value));
            }
        }
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> form(@RequestParam(required = false) String path,
            @RequestParam(required = false) String parent, @RequestParam(required = false) String template,
            @RequestParam(required = false) String before, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String back, CsrfToken csrf) {
        Request request = new Request(path, parent, template, before, lang, back);
        Optional<Target> target = target(request);
        if (target.isEmpty()) {
            return missing(request);
        }
        String language = language(target.get(), lang);
        return stages.draft().read(session -> {
            DialogState hints = new DialogState();
            DialogState state = target.get().create() ? DialogState.defaults(target.get().fields())
                    : DialogState.of(node(session, target.get()), target.get().fields(), language, links, hints);
            String token = target.get().create() ? "" : editing.state(WORKSPACE, target.get().path());
            return screen(HttpStatus.OK, session, request, target.get(), language, state, hints, new Outcome(),
                    token, csrf);
        });
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> save(@RequestParam(required = false) String path,
            @RequestParam(required = false) String parent, @RequestParam(required = false) String template,
            @RequestParam(required = false) String before, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String back, @RequestParam(defaultValue = "") String state,
            HttpServletRequest http, CsrfToken csrf, Authentication user) {
        Request request = new Request(path, parent, template, before, lang, back);
        Optional<Target> found = target(request);
        if (found.isEmpty()) {
            return missing(request);
        }
        Target target = found.get();
        String language = language(target, lang);
        Map<String, String[]> form = http.getParameterMap();
        DialogState typed = DialogState.of(form, target.fields());
        Outcome outcome = new Outcome();
        if (formOnly(form, typed, target, outcome)) {
            return render(HttpStatus.OK, request, target, language, typed, outcome, state, csrf);
        }
        DialogState normal = typed.normalised(target.fields());
        DialogSubmission submission = new DialogSubmission(language, links, uploads(http, target.fields()));
        NodeValues values = submission.values(target.fields(), normal);
        try {
            String saved = target.create()
                    ? editing.createComponent(WORKSPACE, target.path(), target.template(), target.before(), values,
                            submission.errors(), user.getName())
                    : target.path();
            if (!target.create()) {
                editing.update(WORKSPACE, target.path(), values, submission.errors(),
                        state.isBlank() ? null : state, user.getName());
            }
            String destination = back(request.back(), target);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, destination
                    + (destination.contains("?") ? "&" : "?") + "notice=gespeichert&gespeichert=" + encode(saved))
                    .build();
        } catch (AuthoringException e) {
            if (ContentEditing.isStale(e)) {
                Target now = target(request).orElse(target);
                outcome.conflict = "„" + now.heading() + "“ wurde inzwischen von "
                        + (now.modifiedBy() == null ? "einer anderen Person" : now.modifiedBy())
                        + (now.modifiedAt() == null ? "" : " (" + now.modifiedAt() + ")")
                        + " geändert. Ihre Eingaben wurden nicht gespeichert; sie stehen unten noch im Formular.";
                return render(HttpStatus.CONFLICT, request, target, language, normal, outcome, state, csrf);
            }
            for (FieldError error : e.fieldErrors()) {
                outcome.errors.putIfAbsent(inputName(error.field(), language), error.message());
            }
            if (e.fieldErrors().isEmpty()) {
                outcome.general.add(e.getMessage());
            }
            return render(e.status(), request, target, language, normal, outcome, state, csrf);
        }
    }

    /** Pages or assets for a link field's picker, as JSON for dialog.js. */
    @GetMapping(path = SEARCH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, String>>> search(@RequestParam(defaultValue = "seite") String art,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "/") String path) {
        List<LinkTargets.Target> found = "medium".equals(art) ? links.search(Workspaces.DAM, "/", q)
                : links.search(WORKSPACE, sites.owning(path).map(Site::root).orElse("/"), q);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found.stream()
                .map(target -> Map.of("path", target.path(), "title", target.title())).toList());
    }

    /** Errors, conflict and picker results of one rendering. */
    private static final class Outcome {
        final Map<String, String> errors = new LinkedHashMap<>();
        final List<String> general = new ArrayList<>();
        final Map<String, List<LinkTargets.Target>> results = new LinkedHashMap<>();
        final Map<String, String> queries = new LinkedHashMap<>();
        String conflict;
    }

    /**
     * Handles the buttons that only change the form: "Suchen" of a link picker ({@code _suche=<field>}), choosing
     * a result ({@code _waehle=<field>|<path>}) and "weitere Zeile" ({@code _mehr}, the view adds an empty entry).
     */
    private boolean formOnly(Map<String, String[]> form, DialogState typed, Target target, Outcome outcome) {
        String search = first(form, "_suche");
        String choose = first(form, "_waehle");
        if (search != null) {
            String query = first(form, search + "--suche");
            DialogSpec.Field field = find(target.fields(), search);
            if (field != null) {
                outcome.queries.put(search, query == null ? "" : query);
                outcome.results.put(search, "dam".equals(field.linkWorkspace())
                        ? links.search(Workspaces.DAM, "/", query)
                        : links.search(WORKSPACE, sites.owning(target.pagePath()).map(Site::root).orElse("/"), query));
            }
            return true;
        }
        if (choose != null && choose.contains("|")) {
            typed.values.put(choose.substring(0, choose.indexOf('|')), List.of(choose.substring(choose.indexOf('|')
                    + 1)));
            return true;
        }
        return first(form, "_mehr") != null;
    }

    /** The link field with this input name, at any depth (entries and composites included), or null. */
    private static DialogSpec.Field find(List<DialogSpec.Field> fields, String inputName) {
        String last = inputName.substring(inputName.lastIndexOf('/') + 1);
        for (DialogSpec.Field field : fields) {
            if (field.name().equals(last) && "link".equals(field.control())) {
                return field;
            }
            DialogSpec.Field nested = find(field.children(), inputName);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private ResponseEntity<String> render(HttpStatus status, Request request, Target target, String language,
            DialogState state, Outcome outcome, String token, CsrfToken csrf) {
        return stages.draft().read(session -> {
            DialogState hints = new DialogState();
            if (!target.create()) {
                DialogState stored = DialogState.of(node(session, target), target.fields(), language, links, hints);
                state.files.putAll(stored.files);
            }
            return screen(status, session, request, target, language, state, hints, outcome, token, csrf);
        });
    }

    private ResponseEntity<String> screen(HttpStatus status, Session session, Request request, Target target,
            String language, DialogState state, DialogState hints, Outcome outcome, String token, CsrfToken csrf)
            throws RepositoryException {
        DialogView view = new DialogView(state, hints, outcome.errors, outcome.results, outcome.queries, session,
                language == null ? null : PageEditorController.languageName(language));
        List<Map<String, Object>> tabs = new ArrayList<>();
        for (DialogSpec.Tab tab : target.tabs()) {
            tabs.add(Map.of("name", tab.name(), "label", tab.label(), "id", DialogView.id("reiter-" + tab.name()),
                    "fields", view.fields(tab.fields(), "")));
        }
        List<Map<String, String>> summary = new ArrayList<>();
        outcome.errors.forEach((name, message) -> summary.add(Map.of("href", "#" + DialogView.id(name),
                "message", message)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("heading", target.create() ? "Neue Komponente: " + target.heading()
                : target.heading() + " bearbeiten");
        model.put("create", target.create());
        model.put("request", Map.of("path", nullToEmpty(request.path()), "parent", nullToEmpty(request.parent()),
                "template", nullToEmpty(request.template()), "before", nullToEmpty(request.before()),
                "lang", nullToEmpty(request.lang()), "back", nullToEmpty(request.back())));
        model.put("languageName", language == null ? "" : PageEditorController.languageName(language));
        model.put("tabs", tabs);
        model.put("tabbed", tabs.size() > 1);
        model.put("summary", summary);
        model.put("general", outcome.general);
        model.put("conflict", outcome.conflict == null ? "" : outcome.conflict);
        model.put("reload", PATH + request.query());
        model.put("cancel", back(request.back(), target));
        model.put("state", token == null ? "" : token);
        model.put("multipart", DialogSpec.hasUpload(target.fields()));
        model.put("search", SEARCH);
        model.put("pagePath", target.pagePath());
        model.put("csrf", csrf);
        return screens.respond(status, "dialog.ftl", model);
    }

    private Optional<Target> target(Request request) {
        return request.path() != null ? existing(request.path()) : request.parent() != null
                && request.template() != null ? creation(request) : Optional.empty();
    }

    private Optional<Target> existing(String path) {
        if (!validPath(path)) {
            return Optional.empty();
        }
        return stages.draft().read(session -> {
            String repositoryPath = Workspaces.toRepositoryPath(WORKSPACE, path);
            if (!session.nodeExists(repositoryPath)) {
                return Optional.<Target>empty();
            }
            Node node = session.getNode(repositoryPath);
            String template = node.hasProperty("mgnl:template") ? node.getProperty("mgnl:template").getString()
                    : null;
            Optional<Definition> dialog = editing.dialogOf(template);
            if (dialog.isEmpty()) {
                return Optional.<Target>empty();
            }
            boolean page = node.isNodeType("mgnl:page");
            String heading = page ? "Seiteneigenschaften „" + (node.hasProperty("title")
                    ? node.getProperty("title").getString() : node.getName()) + "“" : templateTitle(template);
            Node owner = Stamps.page(node);
            return Optional.of(new Target(false, path, template, null, heading,
                    owner == null ? path : Workspaces.toWorkspacePath(owner.getPath()), DialogSpec.tabs(dialog.get()),
                    node.hasProperty("mgnl:lastModifiedBy") ? node.getProperty("mgnl:lastModifiedBy").getString()
                            : null,
                    node.hasProperty("mgnl:lastModified") ? EditorTemplates.when(node.getProperty("mgnl:lastModified")
                            .getDate().toInstant()) : null));
        });
    }

    private Optional<Target> creation(Request request) {
        String area = request.parent();
        if (!validPath(area) || area.lastIndexOf('/') <= 0
                || registry.current().get(DefinitionType.TEMPLATE, request.template()).isEmpty()) {
            return Optional.empty();
        }
        return stages.draft().read(session -> {
            String ownerPath = Workspaces.toRepositoryPath(WORKSPACE, area.substring(0, area.lastIndexOf('/')));
            if (!session.nodeExists(ownerPath)) {
                return Optional.<Target>empty();
            }
            Node owner = Stamps.page(session.getNode(ownerPath));
            List<DialogSpec.Tab> tabs = editing.dialogOf(request.template()).map(DialogSpec::tabs).orElse(List.of());
            return Optional.of(new Target(true, area, request.template(), request.before(),
                    templateTitle(request.template()), owner == null ? area : Workspaces.toWorkspacePath(
                            owner.getPath()), tabs, null, null));
        });
    }

    private String templateTitle(String template) {
        return registry.current().get(DefinitionType.TEMPLATE, template).map(t -> t.string("title"))
                .orElse(template);
    }

    private static Node node(Session session, Target target) throws RepositoryException {
        return session.getNode(Workspaces.toRepositoryPath(WORKSPACE, target.path()));
    }

    /** The language variant to edit: one of the site's further languages, or null for the default language. */
    private String language(Target target, String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        Optional<Site> site = sites.owning(target.pagePath());
        if (site.isEmpty() || !site.get().languages().contains(lang) || lang.equals(site.get().defaultLanguage())) {
            return null;
        }
        return lang;
    }

    /** The input a field error belongs to: the authoring API names the property, a variant as {@code name_en}. */
    private static String inputName(String field, String language) {
        String suffix = language == null ? null : "_" + language;
        return suffix != null && field.endsWith(suffix) ? field.substring(0, field.length() - suffix.length())
                : field;
    }

    /** Files of upload fields in a multipart post, by input name; "Datei entfernen" as an upload without data. */
    private static Map<String, NodeValues.Upload> uploads(HttpServletRequest http, List<DialogSpec.Field> fields) {
        Map<String, NodeValues.Upload> uploads = new LinkedHashMap<>();
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(http, MultipartHttpServletRequest.class);
        collectUploads(http, multipart, fields, "", uploads);
        return uploads;
    }

    private static void collectUploads(HttpServletRequest http, MultipartHttpServletRequest multipart,
            List<DialogSpec.Field> fields, String prefix, Map<String, NodeValues.Upload> uploads) {
        for (DialogSpec.Field field : fields) {
            String name = prefix + field.name();
            if ("composite".equals(field.control()) || "switchable".equals(field.control())) {
                collectUploads(http, multipart, field.children(), name + "/", uploads);
            } else if ("upload".equals(field.control())) {
                MultipartFile file = multipart == null ? null : multipart.getFile(name);
                if (file != null && !file.isEmpty()) {
                    try {
                        uploads.put(name, new NodeValues.Upload(file.getOriginalFilename(), file.getContentType(),
                                file.getBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else if ("true".equals(http.getParameter(name + DialogState.REMOVE_FILE))) {
                    uploads.put(name, new NodeValues.Upload(null, null, null));
                }
            }
        }
    }

    /** Only a local path; anything else (other hosts, {@code //host}, {@code /\host}) falls back to the page editor. */
    private static String back(String back, Target target) {
        if (back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            return back;
        }
        return PageEditorController.EDIT + "?path=" + encode(target.pagePath());
    }

    private static boolean validPath(String path) {
        return path != null && path.startsWith("/") && !path.contains("//") && !path.contains("/..")
                && !path.contains("[") && path.chars().noneMatch(Character::isISOControl);
    }

    private ResponseEntity<String> missing(Request request) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("missing", request.path() != null ? request.path() : nullToEmpty(request.parent()));
        return screens.respond(HttpStatus.NOT_FOUND, "pages.ftl", model);
    }

    private static String first(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
