package de.serviceportal.delivery;

import org.springframework.http.HttpStatus;

/** An error answered in Magnolia's JSON shape: {@code {"error":{"code":…,"message":…}}}. */
class DeliveryException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    DeliveryException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static DeliveryException invalidParameter(String parameter, String problem) {
        return new DeliveryException(HttpStatus.BAD_REQUEST, "invalidParameter",
                "Ungültiger Parameter '" + parameter + "': " + problem);
    }

    static DeliveryException notFound(String code, String message) {
        return new DeliveryException(HttpStatus.NOT_FOUND, code, message);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
