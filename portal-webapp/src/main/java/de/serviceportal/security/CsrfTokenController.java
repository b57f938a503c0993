package de.serviceportal.security;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands a logged-in staff client (editor overlay, script) the CSRF token its state-changing API calls must send
 * in the named header.
 */
@RestController
class CsrfTokenController {

    static final String PATH = "/.rest/csrf";

    @GetMapping(PATH)
    ResponseEntity<Map<String, String>> token(CsrfToken token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(),
                        "token", token.getToken()));
    }
}
