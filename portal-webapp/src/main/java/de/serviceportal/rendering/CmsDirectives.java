package de.serviceportal.rendering;

import java.util.Map;

import javax.jcr.Node;

import org.springframework.stereotype.Component;

import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

/** {@code [@cms.page/]}, {@code [@cms.area name="…"/]}, {@code [@cms.component content=…/]}. */
@Component
class CmsDirectives {

    private final Map<String, TemplateDirectiveModel> directives = Map.of(
            "page", (env, params, loopVars, body) -> PageRendering.current().renderPageHook(env.getOut()),
            "area", (env, params, loopVars, body) -> {
                String name = string(params, "name");
                Node content = node(params.get("content"));
                PageRendering.current().renderArea(name, content, env.getOut());
            },
            "component", (env, params, loopVars, body) -> {
                Node content = node(params.get("content"));
                if (content == null) {
                    throw new TemplateModelException("[@cms.component] needs content=<component node>");
                }
                PageRendering.current().renderComponent(content, env.getOut());
            },
            "block", (env, params, loopVars, body) -> {
                if (body != null) {
                    body.render(env.getOut());
                }
            });

    Map<String, TemplateDirectiveModel> directives() {
        return directives;
    }

    private static String string(Map<?, ?> params, String key) throws TemplateModelException {
        Object value = params.get(key);
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("[@cms.area] needs " + key + "=\"…\"");
    }

    private static Node node(Object model) throws TemplateModelException {
        if (model == null) {
            return null;
        }
        Object unwrapped = DeepUnwrap.unwrap((TemplateModel) model);
        if (unwrapped instanceof Node node) {
            return node;
        }
        throw new TemplateModelException("content=… must be a content node");
    }

}
