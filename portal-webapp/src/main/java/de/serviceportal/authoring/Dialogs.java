package de.serviceportal.authoring;

import java.util.Optional;

import org.springframework.stereotype.Component;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.Definitions;
import de.serviceportal.modules.LightModuleRegistry;

/** The dialog of a page or component, found as Magnolia does: {@code mgnl:template} → template → {@code dialog}. */
@Component
class Dialogs {

    private final LightModuleRegistry registry;

    Dialogs(LightModuleRegistry registry) {
        this.registry = registry;
    }

    boolean templateExists(String templateId) {
        return registry.current().get(DefinitionType.TEMPLATE, templateId).isPresent();
    }

    /** Empty if the template is unknown or has no (known) dialog. */
    Optional<DialogForm> forTemplate(String templateId) {
        if (templateId == null) {
            return Optional.empty();
        }
        Definitions definitions = registry.current();
        return definitions.get(DefinitionType.TEMPLATE, templateId).map(template -> template.string("dialog"))
                .flatMap(dialog -> definitions.get(DefinitionType.DIALOG, dialog)).map(Dialogs::form);
    }

    /** The raw dialog definition of a template, for screens that render it. */
    Optional<Definition> definitionFor(String templateId) {
        if (templateId == null) {
            return Optional.empty();
        }
        Definitions definitions = registry.current();
        return definitions.get(DefinitionType.TEMPLATE, templateId).map(template -> template.string("dialog"))
                .flatMap(dialog -> definitions.get(DefinitionType.DIALOG, dialog));
    }

    /** The definition of area {@code name} of a page or component template ({@code areas.<name>}). */
    @SuppressWarnings("unchecked")
    Optional<java.util.Map<String, Object>> area(String templateId, String name) {
        if (templateId == null) {
            return Optional.empty();
        }
        return registry.current().get(DefinitionType.TEMPLATE, templateId).map(template -> template.map("areas"))
                .map(areas -> areas.get(name)).filter(java.util.Map.class::isInstance)
                .map(area -> (java.util.Map<String, Object>) area);
    }

    private static DialogForm form(Definition dialog) {
        return DialogForm.of(dialog);
    }
}
