package de.serviceportal.rendering;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.serviceportal.modules.DefinitionProblem;
import de.serviceportal.modules.ScriptCheck;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;

/** Parses a changed template script, so that a syntax error keeps the last good version in use. */
@Component
class FreemarkerScriptCheck implements ScriptCheck {

    private final Configuration parser = FreemarkerSettings.newConfiguration();

    @Override
    public Optional<DefinitionProblem> check(String resourcePath, String source) {
        try {
            new Template(resourcePath, new StringReader(source), parser);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(new DefinitionProblem(resourcePath, e.getLineNumber(),
                    e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage()));
        } catch (IOException e) {
            return Optional.of(new DefinitionProblem(resourcePath, 0, e.getMessage()));
        }
    }
}
