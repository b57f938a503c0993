package de.serviceportal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves {@code /.resources/<module>/webresources/...} from the light modules (file system before classpath).
 * Versioned URLs ({@code ?v=}) may be cached for a year; others revalidate by ETag after an hour.
 */
@Controller
class WebResourceController {

    private final LightModuleRegistry registry;

    WebResourceController(LightModuleRegistry registry) {
        this.registry = registry;
    }

    @GetMapping(ModuleResource.PUBLIC_PREFIX + "/**")
    void resource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()
                + ModuleResource.PUBLIC_PREFIX.length()), StandardCharsets.UTF_8);
        String[] parts = path.split("/", 4);
        Optional<ModuleResource> resource = parts.length == 4 && "webresources".equals(parts[2])
                && !path.contains("..") ? registry.current().resource(path) : Optional.empty();
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + resource.get().fingerprint() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", request.getParameter("v") != null
                ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
        boolean text = "text".equals(type.getType()) || type.getSubtype().contains("javascript")
                || type.getSubtype().contains("svg") || type.getSubtype().contains("json");
        response.setContentType(text ? type + ";charset=UTF-8" : type.toString());
        try (InputStream in = resource.get().open()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
