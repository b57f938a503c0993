package de.serviceportal.plugins;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The portal's OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). It lists the
 * plugins' REST endpoints under {@code /.rest/} only ({@code springdoc.paths-to-match} in application.properties);
 * staff pages and citizen pages are not an API.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig implements WebMvcConfigurer {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Regionales Serviceportal – Schnittstellen der Dienste")
                .description("REST-Schnittstellen der installierten Dienste unter /.rest/{Dienst}/v1/…")
                .version("v1"));
    }

    /**
     * Resource handlers normally come after the controllers, and the page controller answers every path
     * ({@code /**}), so Swagger UI's files ({@code /swagger-ui/index.html}, …) would be taken for pages. The portal
     * registers no resource handlers of its own ({@code spring.web.resources.add-mappings=false}), so putting them
     * first only lets springdoc's {@code /swagger-ui/**} through.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.setOrder(-1);
    }
}
