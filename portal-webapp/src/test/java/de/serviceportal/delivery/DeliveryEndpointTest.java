package de.serviceportal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.ModuleResource;

/** Endpoint YAML in both of Magnolia's forms, with its defaults and the name rules. */
class DeliveryEndpointTest {

    @Test
    void magnoliaClassFormWithEndpointPathAndReferences() {
        DeliveryEndpoint endpoint = DeliveryEndpoint.of(definition("delivery/travel_v1", Map.of(
                "class", "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpoint",
                "endpointPath", "delivery/tours/v1",
                "workspace", "website", "rootPath", "/travel/", "depth", 2, "limit", 5000,
                "systemProperties", true,
                "references", List.of(Map.of("propertyName", "image|teaserImage",
                        "referenceResolver", Map.of("$type", "assetReferenceResolver")))))).orElseThrow();
        assertThat(endpoint.name()).isEqualTo("tours");
        assertThat(endpoint.rootPath()).isEqualTo("/travel");
        assertThat(endpoint.limit()).as("capped").isEqualTo(1000);
        assertThat(endpoint.includeSystemProperties()).isTrue();
        assertThat(endpoint.references().get(0).asset()).isTrue();
        assertThat(endpoint.references().get(0).targetWorkspace()).isEqualTo("dam");
        assertThat(endpoint.references().get(0).propertyName().matcher("teaserImage").matches()).isTrue();
        assertThat(endpoint.workspacePath("/a/b")).isEqualTo("/travel/a/b");
        assertThat(endpoint.relativePath("/travel/a")).isEqualTo("/a");
        assertThat(endpoint.relativePath("/travel")).isEqualTo("/");
    }

    @Test
    void typeFormNamedAfterTheFileAndOtherRestEndpointsIgnored() {
        DeliveryEndpoint endpoint = DeliveryEndpoint.of(definition("delivery/news_v1",
                Map.of("$type", "jcrDeliveryEndpoint_v2", "workspace", "website"))).orElseThrow();
        assertThat(endpoint.name()).isEqualTo("news");
        assertThat(endpoint.limit()).isEqualTo(100);
        assertThat(endpoint.rootPath()).isEqualTo("/");
        assertThat(endpoint.allowedOrigins()).as("no CORS unless configured").isEmpty();
        assertThat(DeliveryEndpoint.of(definition("other/thing_v1", Map.of("$type", "jcrDeliveryEndpoint_v2"))))
                .isEmpty();
        assertThat(DeliveryEndpoint.of(definition("delivery/x_v1", Map.of("$type", "somethingElse")))).isEmpty();
    }

    private static Definition definition(String name, Map<String, Object> properties) {
        return new Definition("test:" + name, DefinitionType.REST_ENDPOINT,
                new ModuleResource("test", "restEndpoints/" + name + ".yaml", ModuleResource.Origin.CLASSPATH, null),
                properties);
    }
}
