package de.serviceportal.editor;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.jcr.Node;

import org.springframework.stereotype.Component;

import de.serviceportal.publishing.ContentAudit;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.Stamps;
import de.serviceportal.repository.Workspaces;

/** Creates a draft page from the pages app's form, after checking what the editor typed. */
@Component
class NewPage {

    /** What the form sent; {@code name} may be empty (then it comes from the title). */
    record Input(String parent, String title, String name, String template) {
    }

    /** Field errors by field name (German), or the created page's workspace path. */
    record Result(Map<String, String> errors, String path) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_TITLE = 200;

    private final ContentStages stages;
    private final PageTree tree;
    private final PageTemplates templates;
    private final ContentAudit audit;

    NewPage(ContentStages stages, PageTree tree, PageTemplates templates, ContentAudit audit) {
        this.stages = stages;
        this.tree = tree;
        this.templates = templates;
        this.audit = audit;
    }

    Result create(Input input, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageTree.Entry parent = tree.page(input.parent()).orElseThrow();
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            errors.put("title", "Bitte geben Sie einen Titel ein.");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "Der Titel darf höchstens " + MAX_TITLE + " Zeichen lang sein.");
        }
        String name = input.name() == null || input.name().isBlank() ? slug(title) : input.name().strip();
        if (!errors.containsKey("title") && nameError(name) != null) {
            errors.put("name", nameError(name));
        }
        boolean allowed = templates.allowedUnder(parent.template()).stream()
                .anyMatch(choice -> choice.id().equals(input.template()));
        if (!allowed) {
            errors.put("template", "Bitte wählen Sie eine der angebotenen Vorlagen.");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, null);
        }
        String path = input.parent() + "/" + name;
        boolean created = stages.draft().write(session -> {
            Node parentNode = session.getNode(Workspaces.toRepositoryPath(Workspaces.WEBSITE, input.parent()));
            if (parentNode.hasNode(name)) {
                return false;
            }
            Node page = parentNode.addNode(name, "mgnl:page");
            page.setProperty("mgnl:template", input.template());
            page.setProperty("title", title);
            Stamps stamps = new Stamps(actor);
            stamps.created(page);
            stamps.modified(page);
            return true;
        });
        if (!created) {
            errors.put("name", "Unter dieser Seite gibt es schon eine Seite mit der Adresse „" + name + "“.");
            return new Result(errors, null);
        }
        audit.record(actor, "CREATE", Workspaces.WEBSITE, path, null, "Seite „" + title + "“ (" + input.template()
                + ")");
        return new Result(Map.of(), path);
    }

    /** Why {@code name} cannot be a page's URL segment (German), or null if it can. */
    static String nameError(String name) {
        if (name == null || name.isBlank()) {
            return "Bitte geben Sie eine Adresse ein.";
        }
        if (!NAME.matcher(name).matches()) {
            return "Die Adresse darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten, "
                    + "z. B. „abfall-und-umwelt“.";
        }
        return null;
    }

    /** A URL segment from a German title: „Müll & Abfall“ → {@code muell-abfall}. */
    static String slug(String title) {
        String german = title.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
