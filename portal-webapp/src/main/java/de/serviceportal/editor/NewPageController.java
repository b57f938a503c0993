package de.serviceportal.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

/** "Neue Seite": a form offering only the templates allowed at that place; invalid input keeps what was typed. */
@Controller
class NewPageController {

    static final String PATH = PagesController.PAGES + "/new";

    private final PageTree tree;
    private final PageTemplates templates;
    private final NewPage newPage;
    private final EditorTemplates screens;

    NewPageController(PageTree tree, PageTemplates templates, NewPage newPage, EditorTemplates screens) {
        this.tree = tree;
        this.templates = templates;
        this.newPage = newPage;
        this.screens = screens;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> form(@RequestParam String parent, CsrfToken csrf) {
        return form(parent, new NewPage.Input(parent, "", "", ""), Map.of(), csrf, HttpStatus.OK);
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> create(@RequestParam String parent, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String template,
            CsrfToken csrf, Authentication user) {
        if (tree.page(parent).isEmpty()) {
            return form(parent, null, Map.of(), csrf, HttpStatus.NOT_FOUND);
        }
        NewPage.Input input = new NewPage.Input(parent, title, name, template);
        NewPage.Result result = newPage.create(input, user.getName());
        if (!result.ok()) {
            return form(parent, input, result.errors(), csrf, HttpStatus.BAD_REQUEST);
        }
        // back to the level, which now lists the page (post/redirect/get)
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PagesController.PAGES
                + "?path=" + URLEncoder.encode(parent, StandardCharsets.UTF_8) + "&angelegt="
                + URLEncoder.encode(result.path(), StandardCharsets.UTF_8)).build();
    }

    private ResponseEntity<String> form(String parent, NewPage.Input input, Map<String, String> errors,
            CsrfToken csrf, HttpStatus status) {
        Optional<PageTree.Entry> page = tree.page(parent);
        Map<String, Object> model = new LinkedHashMap<>();
        if (page.isEmpty()) {
            model.put("missing", parent);
            return screens.respond(HttpStatus.NOT_FOUND, "pages.ftl", model);
        }
        model.put("parent", Map.of("path", page.get().path(), "title", page.get().title()));
        model.put("choices", templates.allowedUnder(page.get().template()).stream().map(choice -> Map.of(
                "id", choice.id(), "title", choice.title(), "description", choice.description())).toList());
        model.put("input", Map.of("title", input.title(), "name", input.name(), "template", input.template()));
        model.put("errors", errors);
        model.put("csrf", csrf);
        return screens.respond(status, "new-page.ftl", model);
    }

}
