package de.serviceportal.authoring;

import java.util.List;
import java.util.Map;

import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.NamespaceException;
import javax.jcr.PathNotFoundException;
import javax.jcr.ValueFormatException;
import javax.jcr.nodetype.ConstraintViolationException;
import javax.jcr.nodetype.NoSuchNodeTypeException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import de.serviceportal.publishing.PublishingException;
import de.serviceportal.repository.RepositoryAccessException;
import de.serviceportal.rest.ErrorJson;

/** Errors of the authoring controllers as Magnolia error JSON, field errors of a validation included. */
@RestControllerAdvice(basePackageClasses = AuthoringErrors.class)
class AuthoringErrors {

    @ExceptionHandler(AuthoringException.class)
    ResponseEntity<Map<String, Object>> authoring(AuthoringException e) {
        if (e.fieldErrors().isEmpty()) {
            return ErrorJson.response(e.status(), e.code(), e.getMessage());
        }
        List<Map<String, String>> fields = e.fieldErrors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList();
        return ErrorJson.response(e.status(), e.code(), e.getMessage(), Map.of("fieldErrors", fields));
    }

    @ExceptionHandler(PublishingException.class)
    ResponseEntity<Map<String, Object>> publishing(PublishingException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ErrorJson.response(HttpStatus.NOT_FOUND, "pathNotFound", e.getMessage());
            case CONFLICT -> ErrorJson.response(HttpStatus.CONFLICT, "conflict", e.getMessage());
            case FORBIDDEN -> ErrorJson.response(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
            case INVALID -> ErrorJson.response(HttpStatus.BAD_REQUEST, "invalidRequest", e.getMessage());
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> parameter(MethodArgumentTypeMismatchException e) {
        return ErrorJson.response(HttpStatus.BAD_REQUEST, "invalidParameter",
                "Ungültiger Parameter „" + e.getName() + "“.");
    }

    /** Refusals of the repository itself that a client caused; anything else stays a server error. */
    @ExceptionHandler(RepositoryAccessException.class)
    ResponseEntity<Map<String, Object>> repository(RepositoryAccessException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ItemExistsException) {
            return ErrorJson.response(HttpStatus.CONFLICT, "conflict", "Einen Knoten dieses Namens gibt es schon.");
        }
        if (cause instanceof InvalidItemStateException) {
            return ErrorJson.response(HttpStatus.CONFLICT, "conflict",
                    "Der Inhalt wurde gleichzeitig geändert. Bitte laden Sie ihn neu.");
        }
        if (cause instanceof PathNotFoundException) {
            return ErrorJson.response(HttpStatus.NOT_FOUND, "pathNotFound", "Den Inhalt gibt es nicht.");
        }
        if (cause instanceof ConstraintViolationException || cause instanceof ValueFormatException
                || cause instanceof NoSuchNodeTypeException || cause instanceof NamespaceException) {
            return ErrorJson.response(HttpStatus.BAD_REQUEST, "invalidRequest",
                    "Das Repository lehnt die Änderung ab: " + cause.getMessage());
        }
        throw e;
    }
}
