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

    private static DialogForm form(Definition dialog) {
        return DialogForm.of(dialog);
    }
}
