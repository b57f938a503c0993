package de.serviceportal.delivery;

import java.util.Optional;

import org.springframework.stereotype.Component;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.LightModuleRegistry;

/** The delivery endpoints of the current light-module snapshot, so new endpoint files work without a restart. */
@Component
class DeliveryEndpoints {

    private final LightModuleRegistry registry;

    DeliveryEndpoints(LightModuleRegistry registry) {
        this.registry = registry;
    }

    Optional<DeliveryEndpoint> byName(String name) {
        for (Definition definition : registry.current().all(DefinitionType.REST_ENDPOINT)) {
            Optional<DeliveryEndpoint> endpoint = DeliveryEndpoint.of(definition);
            if (endpoint.isPresent() && endpoint.get().name().equals(name)) {
                return endpoint;
            }
        }
        return Optional.empty();
    }
}
