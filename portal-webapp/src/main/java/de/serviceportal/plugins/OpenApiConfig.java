package de.serviceportal.plugins;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The portal's OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). It lists the
 * plugins' REST endpoints under {@code /.rest/} only ({@code springdoc.paths-to-match} in application.properties);
 * staff pages and citizen pages are not an API.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Regionales Serviceportal – Schnittstellen der Dienste")
                .description("REST-Schnittstellen der installierten Dienste unter /.rest/<Dienst>/v1/…")
                .version("v1"));
    }
}
