package de.serviceportal.delivery;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS per delivery endpoint ({@code cors: {allowedOrigins, allowedMethods}} in its YAML). A filter rather than
 * Spring's CORS support because the allowed origins live in light modules and change without a restart.
 * Preflights are answered here and go no further.
 */
@Component
class DeliveryCorsFilter extends OncePerRequestFilter {


    private final DeliveryEndpoints endpoints;

    DeliveryCorsFilter(DeliveryEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + DeliveryController.PREFIX)
                || request.getHeader(HttpHeaders.ORIGIN) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String rest = request.getRequestURI()
                .substring(request.getContextPath().length() + DeliveryController.PREFIX.length());
        int slash = rest.indexOf('/');
        Optional<DeliveryEndpoint> endpoint = endpoints.byName(slash < 0 ? rest : rest.substring(0, slash));
        boolean allowed = endpoint.isPresent() && endpoint.get().allowsOrigin(origin);
        String requestedMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if ("OPTIONS".equals(request.getMethod()) && requestedMethod != null) {
            if (!allowed || !endpoint.get().allowedMethods().contains(requestedMethod)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            allow(response, endpoint.get(), origin);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                    String.join(", ", endpoint.get().allowedMethods()));
            String headers = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
            if (headers != null) {
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
            }
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        if (allowed) {
            allow(response, endpoint.get(), origin);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                    String.join(", ", List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED)));
        }
        chain.doFilter(request, response);
    }

    private static void allow(HttpServletResponse response, DeliveryEndpoint endpoint, String origin) {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
                endpoint.allowedOrigins().contains("*") ? "*" : origin);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }
}
