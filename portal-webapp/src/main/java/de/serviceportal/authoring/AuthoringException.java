package de.serviceportal.authoring;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request the authoring API refuses; the message is German and meant for the editor. Nothing was written. */
public class AuthoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final transient List<FieldError> fieldErrors;

    AuthoringException(HttpStatus status, String code, String message) {
        this(status, code, message, List.of());
    }

    private AuthoringException(HttpStatus status, String code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    static AuthoringException badRequest(String message) {
        return new AuthoringException(HttpStatus.BAD_REQUEST, "invalidRequest", message);
    }

    static AuthoringException notFound(String path) {
        return new AuthoringException(HttpStatus.NOT_FOUND, "pathNotFound", "Unter „" + path
                + "“ gibt es keinen Inhalt.");
    }

    static AuthoringException conflict(String message) {
        return new AuthoringException(HttpStatus.CONFLICT, "conflict", message);
    }

    static AuthoringException validation(List<FieldError> errors) {
        return new AuthoringException(HttpStatus.BAD_REQUEST, "validation",
                errors.size() == 1 ? "Ein Feld ist nicht korrekt ausgefüllt."
                        : errors.size() + " Felder sind nicht korrekt ausgefüllt.", errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
