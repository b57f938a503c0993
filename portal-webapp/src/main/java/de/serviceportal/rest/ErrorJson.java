package de.serviceportal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error answer of every portal REST API, in Magnolia's shape: {@code {"error":{"code":…,"message":…}}},
 * optionally followed by more top-level members (e.g. {@code fieldErrors}). Never cached.
 */
public final class ErrorJson {

    private ErrorJson() {
    }

    public static ResponseEntity<Map<String, Object>> response(HttpStatus status, String code, String message) {
        return response(status, code, message, Map.of());
    }

    /** {@code extra} members come after {@code error}, in their iteration order. */
    public static ResponseEntity<Map<String, Object>> response(HttpStatus status, String code, String message,
            Map<String, ?> extra) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.putAll(extra);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").body(body);
    }
}
