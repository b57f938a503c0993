package de.serviceportal.wastecalendar.web.rest;

import org.springframework.http.HttpStatus;

/** A request the endpoints refuse, with the status, a stable code for apps and a German message for people. */
final class RestException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    RestException(HttpStatus status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static RestException badRequest(String code, String message) {
        return new RestException(HttpStatus.BAD_REQUEST, code, message);
    }

    static RestException notFound(String message) {
        return new RestException(HttpStatus.NOT_FOUND, "notFound", message);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
