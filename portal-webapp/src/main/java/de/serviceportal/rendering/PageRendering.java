package de.serviceportal.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.owasp.encoder.Encode;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.repository.Stamps;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.plugins.ComponentModels;
import freemarker.template.TemplateException;

/**
 * One page being rendered: the page script, then areas and components as the scripts ask for them. A component that
 * fails or has an unknown template is left out; the rest of the page renders and staff see a notice.
 */
final class PageRendering {

    private static final ThreadLocal<PageRendering> CURRENT = new ThreadLocal<>();
    static final String DEFAULT_AREA_SCRIPTS = "/portal-core/templates/areas/";

    private final RenderContext context;
    private final TemplateEngine engine;
    private final Map<String, Object> objects;
    private final ProblemLog problems;
    private final ComponentModels componentModels;
    /** The content node and definition of the script running now; areas belong to it. */
    private final Deque<Frame> frames = new ArrayDeque<>();

    private record Frame(Node content, Map<String, Object> definition) {
    }

    PageRendering(RenderContext context, TemplateEngine engine, Map<String, Object> objects, ProblemLog problems,
            ComponentModels componentModels) {
        this.context = context;
        this.engine = engine;
        this.objects = objects;
        this.problems = problems;
        this.componentModels = componentModels;
    }

    static PageRendering current() {
        PageRendering rendering = CURRENT.get();
        if (rendering == null) {
            throw new IllegalStateException("No page is being rendered on this thread");
        }
        return rendering;
    }

    static PageRendering currentOrNull() {
        return CURRENT.get();
    }

    RenderContext context() {
        return context;
    }

    /** Renders the page with its template, or with the fallback template when its own is unknown. */
    void renderPage(Definition template, Optional<String> unknownTemplate, Writer out)
            throws IOException, TemplateException {
        PageRendering previous = CURRENT.get();
        CURRENT.set(this);
        try {
            frames.push(new Frame(context.page(), template.properties()));
            StringWriter page = new StringWriter(16 * 1024);
            engine.render(template.string("templateScript"), model(context.page(), template.properties()),
                    context.locale(), page);
            String html = page.toString();
            if (unknownTemplate.isPresent() && context.staff()) {
                html = afterBodyStart(html, notice("Diese Seite verwendet die unbekannte Vorlage „"
                        + unknownTemplate.get() + "“ und wird mit „" + template.id() + "“ angezeigt."));
            }
            if (context.editMode() != null) {
                html = afterBodyStart(html, context.editMode().pageBar(context.page()));
            }
            out.write(html);
        } finally {
            frames.clear();
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    void renderPageHook(Writer out) throws IOException {
        if (context.editMode() != null) {
            out.write(context.editMode().head());
        }
    }

    void renderArea(String name, Node explicitContent, Writer out) throws IOException, TemplateException {
        Frame frame = frames.peek();
        Node owner = explicitContent != null ? explicitContent : frame.content();
        Map<String, Object> areaDefinition = areaDefinition(frame.definition(), name);
        if (areaDefinition == null) {
            problems.warn(context, "area:" + name + "@" + path(owner), "Area '{}' is not defined for {}", name,
                    path(owner));
            staffNotice(out, "Der Bereich „" + name + "“ ist in der Vorlage nicht definiert.");
            return;
        }
        if (Boolean.FALSE.equals(areaDefinition.get("enabled"))) {
            return;
        }
        try {
            String type = String.valueOf(areaDefinition.getOrDefault("type", "list"));
            Node areaNode = owner.hasNode(name) ? owner.getNode(name) : null;
            List<AreaComponents.Entry> entries = AreaComponents.of(owner, name, areaDefinition,
                    Workspaces.toRepositoryPath(Workspaces.WEBSITE, context.site().root()));
            List<Node> components = entries.stream().map(AreaComponents.Entry::node).toList();
            EditMode.Area editedArea = context.editMode() == null ? null
                    : new EditMode.Area(owner, name, areaNode, areaDefinition, entries);
            Object script = areaDefinition.get("templateScript");
            String scriptPath = script != null ? String.valueOf(script) : DEFAULT_AREA_SCRIPTS + type + ".ftl";
            Map<String, Object> model = model(areaNode, areaDefinition);
            model.put("components", components);
            model.put("component", components.isEmpty() ? null : components.get(0));
            model.put("parentContent", owner);
            frames.push(new Frame(areaNode != null ? areaNode : owner, areaDefinition));
            try {
                StringWriter buffer = new StringWriter();
                if (editedArea != null) {
                    buffer.write(context.editMode().areaStart(editedArea));
                }
                engine.render(scriptPath, model, context.locale(), buffer);
                out.write(buffer.toString());
                if (editedArea != null) {
                    out.write(context.editMode().areaEnd(editedArea));
                }
            } finally {
                frames.pop();
            }
        } catch (RepositoryException e) {
            throw new IOException("Cannot read area '" + name + "' of " + path(owner), e);
        }
    }

    void renderComponent(Node component, Writer out) throws IOException {
        String templateId = null;
        try {
            templateId = component.hasProperty("mgnl:template")
                    ? component.getProperty("mgnl:template").getString() : null;
            Optional<Definition> definition = templateId == null ? Optional.empty()
                    : context.definitions().get(DefinitionType.TEMPLATE, templateId);
            if (definition.isEmpty()) {
                problems.warn(context, "component:" + templateId + "@" + component.getPath(),
                        "Component {} has the unknown template '{}'; it is left out", component.getPath(), templateId);
                staffNotice(out, "Eine Komponente mit der unbekannten Vorlage „" + templateId
                        + "“ wird nicht angezeigt.");
                return;
            }
            StringWriter buffer = new StringWriter();
            Map<String, Object> model = model(component, definition.get().properties());
            // a plugin's Java model for the script (Magnolia's modelClass); absent when none is registered
            model.put("model", componentModels.create(templateId, component, context.site().name(),
                    context.locale(), context.request()));
            frames.push(new Frame(component, definition.get().properties()));
            try {
                engine.render(definition.get().string("templateScript"), model, context.locale(), buffer);
            } finally {
                frames.pop();
            }
            if (context.editMode() != null) {
                Node owner = Stamps.page(component);
                EditMode.Component edited = new EditMode.Component(component, templateId,
                        definition.get().properties(), owner != null && !context.page().isSame(owner));
                out.write(context.editMode().componentStart(edited) + buffer + context.editMode().componentEnd(edited));
            } else {
                out.write(buffer.toString());
            }
        } catch (TemplateException | IOException | RepositoryException | RuntimeException e) {
            problems.error(context, "render:" + templateId + "@" + path(component),
                    "Component " + path(component) + " (" + templateId + ") failed to render; it is left out", e);
            staffNotice(out, "Die Komponente „" + templateId + "“ konnte nicht angezeigt werden: "
                    + rootMessage(e));
        }
    }

    private Map<String, Object> model(Node content, Map<String, Object> definition) {
        Map<String, Object> model = new HashMap<>(objects);
        model.put("content", content);
        model.put("def", definition);
        return model;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> areaDefinition(Map<String, Object> definition, String name) {
        Object areas = definition == null ? null : definition.get("areas");
        if (areas instanceof Map<?, ?> map && map.get(name) instanceof Map<?, ?> area) {
            return (Map<String, Object>) area;
        }
        return null;
    }

    private void staffNotice(Writer out, String message) throws IOException {
        if (context.staff()) {
            out.write(notice(message));
        }
    }

    private static String notice(String message) {
        return "<div class=\"portal-editor-notice\" role=\"note\"><strong>Hinweis für die Redaktion:</strong> "
                + Encode.forHtml(message) + "</div>";
    }

    private static String afterBodyStart(String html, String insert) {
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? insert + html : html.substring(0, end + 1) + insert + html.substring(end + 1);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static String path(Node node) {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            return "?";
        }
    }
}
