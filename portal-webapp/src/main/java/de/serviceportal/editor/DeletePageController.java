package de.serviceportal.editor;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.serviceportal.authoring.AuthoringException;
import de.serviceportal.authoring.ContentEditing;
import de.serviceportal.publishing.Publisher;
import de.serviceportal.publishing.PublishingException;
import de.serviceportal.repository.Workspaces;

/**
 * "Löschen" with a confirmation that says how many subpages go along. Every page of the subtree is kept as a
 * version first (ContentEditing.delete). A page that is still live must not silently stay on the live site
 * without its draft: publishers take it off the live site in the same operation (said on the screen); editors
 * cannot delete it and are sent to request its unpublication first.
 */
@Controller
class DeletePageController {

    static final String PATH = PagesController.PAGES + "/delete";

    private final PageTree tree;
    private final PageSubtree subtree;
    private final ContentEditing editing;
    private final Publisher publisher;
    private final EditorTemplates templates;

    DeletePageController(PageTree tree, PageSubtree subtree, ContentEditing editing, Publisher publisher,
            EditorTemplates templates) {
        this.tree = tree;
        this.subtree = subtree;
        this.editing = editing;
        this.publisher = publisher;
        this.templates = templates;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam String path, CsrfToken csrf, Authentication user) {
        Optional<PageTree.Entry> page = page(path);
        return page.isEmpty() ? PageScreens.missing(templates, path)
                : confirm(page.get(), null, csrf, user, HttpStatus.OK);
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> delete(@RequestParam String path, @RequestParam(defaultValue = "") String bestaetigt,
            CsrfToken csrf, Authentication user) {
        Optional<PageTree.Entry> page = page(path);
        if (page.isEmpty()) {
            return PageScreens.missing(templates, path);
        }
        if (!"ja".equals(bestaetigt)) {
            return confirm(page.get(), "Bitte bestätigen Sie, dass die Seite gelöscht werden soll.", csrf, user,
                    HttpStatus.BAD_REQUEST);
        }
        List<String> live = subtree.livePages(path);
        boolean publisherRights = PublishingController.mayPublish(user);
        if (!live.isEmpty() && !publisherRights) {
            return confirm(page.get(), "Die Seite ist noch veröffentlicht. Bitte beantragen Sie zuerst, die "
                    + "Veröffentlichung zurückzuziehen.", csrf, user, HttpStatus.CONFLICT);
        }
        try {
            for (String livePath : live) {
                publisher.unpublish(Workspaces.WEBSITE, livePath, user.getName(), "vor dem Löschen");
            }
            editing.delete(Workspaces.WEBSITE, path, null, user.getName());
        } catch (AuthoringException e) {
            return confirm(page.get(), e.getMessage(), csrf, user, e.status());
        } catch (PublishingException e) {
            return confirm(page.get(), e.getMessage(), csrf, user, HttpStatus.CONFLICT);
        }
        return PagesController.afterAction(PagesController.level(path), "geloescht", path);
    }

    private Optional<PageTree.Entry> page(String path) {
        // a site's home page is the site itself: it is not deleted from the tree
        return PageSubtree.isPagePath(path) && path.lastIndexOf('/') > 0 ? tree.page(path) : Optional.empty();
    }

    private ResponseEntity<String> confirm(PageTree.Entry page, String error, CsrfToken csrf, Authentication user,
            HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", PageScreens.page(page));
        model.put("subpages", subtree.subpages(page.path()));
        List<String> live = subtree.livePages(page.path());
        model.put("live", live);
        model.put("mayUnpublish", PublishingController.mayPublish(user));
        model.put("errors", error == null ? Map.of() : Map.of("bestaetigt", error));
        model.put("csrf", csrf);
        return templates.respond(status, "page-delete.ftl", model);
    }
}
