package de.serviceportal.publishing;

/** A publishing command that cannot be carried out; the message is German and meant for the editor. */
public class PublishingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** HTTP-like kind: not found, conflict with the current state, or not allowed for this person. */
    public enum Kind {
        NOT_FOUND, CONFLICT, FORBIDDEN, INVALID
    }

    private final Kind kind;

    public PublishingException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
