package de.serviceportal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import de.serviceportal.authoring.AuthoringException;
import de.serviceportal.authoring.ContentEditing;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;

/**
 * "Verschieben" and "Kopieren": the editor picks the new parent in a picker that walks the tree one level at a
 * time (no script needed). Only places where the page's template is allowed can be chosen; the server checks the
 * same again, so a hand-made request cannot put a page where it does not belong.
 */
@Controller
class PagePlaceController {

    private final PageTree tree;
    private final PageTemplates templates;
    private final SiteRegistry sites;
    private final ContentEditing editing;
    private final EditorTemplates screens;

    PagePlaceController(PageTree tree, PageTemplates templates, SiteRegistry sites, ContentEditing editing,
            EditorTemplates screens) {
        this.tree = tree;
        this.templates = templates;
        this.sites = sites;
        this.editing = editing;
        this.screens = screens;
    }

    /** The two actions; {@code verb} for the screen's wording. */
    enum Mode {
        MOVE("move", "verschieben", "Verschieben"), COPY("copy", "kopieren", "Kopieren");

        final String segment;
        final String verb;
        final String label;

        Mode(String segment, String verb, String label) {
            this.segment = segment;
            this.verb = verb;
            this.label = label;
        }

        static Optional<Mode> of(String segment) {
            for (Mode mode : values()) {
                if (mode.segment.equals(segment)) {
                    return Optional.of(mode);
                }
            }
            return Optional.empty();
        }
    }

    @GetMapping(path = PagesController.PAGES + "/{action:move|copy}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> picker(@PathVariable String action, @RequestParam String path,
            @RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "0") int offset,
            CsrfToken csrf) {
        Mode mode = Mode.of(action).orElseThrow();
        Optional<PageTree.Entry> page = page(path);
        if (page.isEmpty()) {
            return PageScreens.missing(screens, path);
        }
        // without a chosen level the picker opens where the page is, so nearby places are one click away
        String level = target.isEmpty() ? PagesController.level(path) : target;
        return picker(mode, page.get(), level, offset, "", null, csrf, HttpStatus.OK);
    }

    @PostMapping(path = PagesController.PAGES + "/{action:move|copy}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> place(@PathVariable String action, @RequestParam String path,
            @RequestParam(defaultValue = "") String target, CsrfToken csrf, Authentication user) {
        Mode mode = Mode.of(action).orElseThrow();
        Optional<PageTree.Entry> page = page(path);
        if (page.isEmpty()) {
            return PageScreens.missing(screens, path);
        }
        Optional<PageTree.Entry> parent = PageSubtree.isPagePath(target) ? tree.page(target) : Optional.empty();
        String error = parent.isEmpty() ? "Bitte wählen Sie aus, wohin die Seite soll."
                : placeError(mode, page.get(), parent.get());
        String level = parent.isEmpty() ? PagesController.level(path) : PagesController.level(target);
        if (error != null) {
            return picker(mode, page.get(), level, 0, target, error, csrf, HttpStatus.BAD_REQUEST);
        }
        try {
            if (mode == Mode.MOVE) {
                editing.move(Workspaces.WEBSITE, path, target, user.getName());
                return PagesController.afterAction(target, "verschoben", target + "/" + page.get().name());
            }
            String copy = editing.copy(Workspaces.WEBSITE, path, target, freeName(target, page.get().name()),
                    "Kopie von " + page.get().title(), user.getName());
            return PagesController.afterAction(target, "kopiert", copy);
        } catch (AuthoringException e) {
            return picker(mode, page.get(), level, 0, target, e.getMessage(), csrf, e.status());
        }
    }

    /** Why the page cannot go under {@code parent} (German), or null if it can. */
    private String placeError(Mode mode, PageTree.Entry page, PageTree.Entry parent) {
        if (parent.path().equals(page.path()) || parent.path().startsWith(page.path() + "/")) {
            return "Eine Seite kann nicht in sich selbst oder in eine ihrer Unterseiten " + mode.verb + " werden.";
        }
        if (mode == Mode.MOVE && parent.path().equals(PagesController.level(page.path()))) {
            return "Die Seite liegt bereits unter „" + parent.title() + "“.";
        }
        if (!templates.allowed(page.template(), parent.template())) {
            return "Eine Seite mit der Vorlage „" + templates.title(page.template()) + "“ ist unter „"
                    + parent.title() + "“ (Vorlage „" + templates.title(parent.template()) + "“) nicht erlaubt.";
        }
        if (mode == Mode.MOVE && tree.page(parent.path() + "/" + page.name()).isPresent()) {
            return "Unter „" + parent.title() + "“ gibt es schon eine Seite mit der Adresse „" + page.name()
                    + "“. Bitte benennen Sie eine der Seiten zuerst um.";
        }
        return null;
    }

    /** The copy keeps the page's address where it is free, otherwise gets "-kopie", "-kopie-2" … appended. */
    private String freeName(String parent, String name) {
        if (tree.page(parent + "/" + name).isEmpty()) {
            return name;
        }
        String candidate = name + "-kopie";
        for (int n = 2; tree.page(parent + "/" + candidate).isPresent(); n++) {
            candidate = name + "-kopie-" + n;
        }
        return candidate;
    }

    private Optional<PageTree.Entry> page(String path) {
        // a site's home page is the site: it is not moved or copied inside the tree
        return PageSubtree.isPagePath(path) && path.lastIndexOf('/') > 0 ? tree.page(path) : Optional.empty();
    }

    private ResponseEntity<String> picker(Mode mode, PageTree.Entry page, String level, int offset,
            String chosen, String error, CsrfToken csrf, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", PageScreens.page(page));
        model.put("mode", Map.of("segment", mode.segment, "verb", mode.verb, "label", mode.label));
        List<Map<String, Object>> choices = new ArrayList<>();
        Optional<PageTree.Entry> current = PageSubtree.isPagePath(level) ? tree.page(level) : Optional.empty();
        if (current.isEmpty()) {
            for (Site site : sites.sites()) {
                tree.page(site.root()).ifPresent(root -> choices.add(choice(mode, page, root, false)));
            }
        } else {
            model.put("level", Map.of("path", current.get().path(), "title", current.get().title()));
            model.put("trail", trail(current.get().path()));
            choices.add(choice(mode, page, current.get(), true));
            PageTree.Level children = tree.children(current.get().path(), Math.max(0, offset), PagesController.SLICE);
            for (PageTree.Entry child : children.entries()) {
                choices.add(choice(mode, page, child, false));
            }
            if (offset > 0) {
                model.put("previous", Math.max(0, offset - PagesController.SLICE));
            }
            if (children.more()) {
                model.put("next", Math.max(0, offset) + PagesController.SLICE);
            }
        }
        model.put("choices", choices);
        model.put("chosen", chosen);
        model.put("errors", error == null ? Map.of() : Map.of("target", error));
        model.put("csrf", csrf);
        return screens.respond(status, "page-place.ftl", model);
    }

    private Map<String, Object> choice(Mode mode, PageTree.Entry page, PageTree.Entry place, boolean here) {
        Map<String, Object> choice = new LinkedHashMap<>();
        String reason = placeError(mode, page, place);
        boolean inside = place.path().equals(page.path()) || place.path().startsWith(page.path() + "/");
        choice.put("path", place.path());
        choice.put("title", place.title());
        choice.put("here", here);
        choice.put("reason", reason == null ? "" : reason);
        // a page's own subtree is no place for it, so the picker does not lead into it
        choice.put("open", !here && place.hasChildren() && !inside);
        return choice;
    }

    private List<Map<String, Object>> trail(String path) {
        List<Map<String, Object>> trail = new ArrayList<>();
        String current = path;
        while (current.lastIndexOf('/') > 0) {
            current = current.substring(0, current.lastIndexOf('/'));
            tree.page(current).ifPresent(entry -> trail.add(0, Map.of("path", entry.path(), "title",
                    entry.title())));
        }
        return trail;
    }
}
