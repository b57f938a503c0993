package de.serviceportal.modules;

import java.io.IOException;
import java.util.List;

import org.owasp.encoder.Encode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

/** {@code /.admin/definitions}: every light-module definition and every problem, for administrators. */
@Controller
class DefinitionsStatusController {

    private final LightModuleRegistry registry;
    private final TemplateUsage usage;

    DefinitionsStatusController(LightModuleRegistry registry, TemplateUsage usage) {
        this.registry = registry;
        this.usage = usage;
    }

    @GetMapping("/.admin/definitions")
    void status(HttpServletResponse response) throws IOException {
        Definitions definitions = registry.current();
        java.util.Map<String, Integer> used = usage.count();
        List<String> unknown = new java.util.ArrayList<>();
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Light-Module-Definitionen – Administration</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:0 auto;max-width:75rem;padding:1rem;color:#1a1a1a}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{text-align:left;")
                .append("padding:.3rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}")
                .append(".problem{background:#fdecea;border-left:4px solid #a4161a;padding:.5rem 1rem}")
                .append("a:focus,summary:focus{outline:3px solid #1d4f91;outline-offset:2px}</style></head><body>")
                .append("<header><p><a href=\"/\">Serviceportal</a></p></header><main>")
                .append("<h1>Light-Module-Definitionen</h1>")
                .append("<p>Ordner: <code>").append(Encode.forHtml(registry.root().toString())).append("</code> · ")
                .append("Module: ").append(Encode.forHtml(String.join(", ", definitions.modules())))
                .append(" · Stand: Generation ").append(definitions.generation()).append("</p>");
        List<DefinitionProblem> problems = definitions.problems();
        used.keySet().stream()
                .filter(id -> definitions.get(DefinitionType.TEMPLATE, id).isEmpty())
                .forEach(id -> unknown.add(id + " (" + used.get(id) + "×)"));
        html.append("<h2>Probleme (").append(problems.size()).append(")</h2>");
        if (problems.isEmpty()) {
            html.append("<p>Keine Probleme.</p>");
        } else {
            html.append("<ul class=\"problems\">");
            for (DefinitionProblem problem : problems) {
                html.append("<li class=\"problem\"><code>").append(Encode.forHtml(problem.file()))
                        .append(problem.line() > 0 ? ":" + problem.line() : "").append("</code> – ")
                        .append(Encode.forHtml(problem.message())).append("</li>");
            }
            html.append("</ul>");
        }
        if (!unknown.isEmpty()) {
            html.append("<h2>Unbekannte Vorlagen im Inhalt (").append(unknown.size()).append(")</h2><ul>");
            unknown.forEach(id -> html.append("<li><code>").append(Encode.forHtml(id)).append("</code></li>"));
            html.append("</ul>");
        }
        for (DefinitionType type : DefinitionType.values()) {
            html.append("<h2>").append(label(type)).append(" (").append(definitions.all(type).size()).append(")</h2>");
            if (definitions.all(type).isEmpty()) {
                html.append("<p>Keine.</p>");
                continue;
            }
            html.append("<table><thead><tr><th scope=\"col\">ID</th><th scope=\"col\">Titel</th>")
                    .append("<th scope=\"col\">Quelle</th>")
                    .append(type == DefinitionType.TEMPLATE ? "<th scope=\"col\">Verwendet</th>" : "")
                    .append("</tr></thead><tbody>");
            for (Definition definition : definitions.all(type)) {
                html.append("<tr><td><code>").append(Encode.forHtml(definition.id())).append("</code></td><td>")
                        .append(Encode.forHtml(definition.string("title") == null ? "" : definition.string("title")))
                        .append("</td><td>").append(Encode.forHtml(definition.source().origin()
                                == ModuleResource.Origin.CLASSPATH ? "Klassenpfad" : "Dateisystem"))
                        .append(": <code>").append(Encode.forHtml(definition.source().resourcePath()))
                        .append("</code></td>")
                        .append(type == DefinitionType.TEMPLATE
                                ? "<td>" + used.getOrDefault(definition.id(), 0) + "</td>" : "")
                        .append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</main></body></html>");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }

    private static String label(DefinitionType type) {
        return switch (type) {
            case TEMPLATE -> "Vorlagen";
            case DIALOG -> "Dialoge";
            case CONTENT_TYPE -> "Inhaltstypen";
            case APP -> "Apps";
            case SITE -> "Sites";
            case REST_ENDPOINT -> "REST-Endpunkte";
        };
    }
}
