package de.serviceportal.wastecalendar.web.rest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the JSON endpoints in the shape of Magnolia's REST API, {@code {"error":{"code":…,"message":…}}}, so
 * that apps written against Magnolia delivery endpoints read them unchanged. Messages are German. The ICS
 * endpoint answers in plain text instead (its own handlers; calendar apps show the body as is, if at all).
 */
@RestControllerAdvice(assignableTypes = { AddressController.class, CollectionController.class })
class RestErrors {

    @ExceptionHandler(RestException.class)
    ResponseEntity<ErrorBody> refused(RestException e) {
        return body(e.status(), e.code(), e.getMessage());
    }

    /** The domain's German messages for bad ranges, unknown sites and the like. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ErrorBody> invalid(IllegalArgumentException e) {
        return body(HttpStatus.BAD_REQUEST, "invalidParameter", e.getMessage());
    }

    static ResponseEntity<ErrorBody> body(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorBody(new Error(code, message)));
    }

    record ErrorBody(Error error) {
    }

    record Error(String code, String message) {
    }
}
