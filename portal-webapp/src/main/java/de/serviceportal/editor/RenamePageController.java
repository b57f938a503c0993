package de.serviceportal.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
import de.serviceportal.repository.Workspaces;

/**
 * "Umbenennen": a new URL segment for a page (the title is a property of its own, in the page's dialog). The
 * identifier stays, so links that point to the page by identifier keep working.
 */
@Controller
class RenamePageController {

    static final String PATH = PagesController.PAGES + "/rename";

    private final PageTree tree;
    private final ContentEditing editing;
    private final EditorTemplates templates;

    RenamePageController(PageTree tree, ContentEditing editing, EditorTemplates templates) {
        this.tree = tree;
        this.editing = editing;
        this.templates = templates;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> form(@RequestParam String path, CsrfToken csrf) {
        Optional<PageTree.Entry> page = page(path);
        return page.isEmpty() ? PageScreens.missing(templates, path)
                : form(page.get(), page.get().name(), Map.of(), csrf, HttpStatus.OK);
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> rename(@RequestParam String path, @RequestParam(defaultValue = "") String name,
            CsrfToken csrf, Authentication user) {
        Optional<PageTree.Entry> page = page(path);
        if (page.isEmpty()) {
            return PageScreens.missing(templates, path);
        }
        String wanted = name.strip();
        String error = NewPage.nameError(wanted);
        if (error == null && wanted.equals(page.get().name())) {
            error = "Die Seite hat bereits diese Adresse. Bitte geben Sie eine andere ein.";
        }
        String level = PagesController.level(path);
        if (error == null && tree.page(level + "/" + wanted).isPresent()) {
            error = "Neben dieser Seite gibt es schon eine Seite mit der Adresse „" + wanted + "“.";
        }
        if (error != null) {
            return form(page.get(), name, Map.of("name", error), csrf, HttpStatus.BAD_REQUEST);
        }
        try {
            String renamed = editing.rename(Workspaces.WEBSITE, path, wanted, user.getName());
            return PagesController.afterAction(level, "umbenannt", renamed);
        } catch (AuthoringException e) {
            return form(page.get(), name, Map.of("name", e.getMessage()), csrf, e.status());
        }
    }

    private Optional<PageTree.Entry> page(String path) {
        // a site's home page is the site's root: its address belongs to the site definition
        return PageSubtree.isPagePath(path) && path.lastIndexOf('/') > 0 ? tree.page(path) : Optional.empty();
    }

    private ResponseEntity<String> form(PageTree.Entry page, String name, Map<String, String> errors,
            CsrfToken csrf, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", PageScreens.page(page));
        model.put("name", name);
        model.put("errors", errors);
        model.put("csrf", csrf);
        return templates.respond(status, "page-rename.ftl", model);
    }
}
