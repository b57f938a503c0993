package de.serviceportal.security;

/**
 * A rule of {@link StaffAccounts} was violated. The message is German and safe to show to the
 * (staff) user; {@link #reason()} lets callers react programmatically.
 */
public class StaffAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an operation was refused. */
    public enum Reason {
        NOT_FOUND,
        DUPLICATE_USERNAME,
        INVALID_USERNAME,
        INVALID_DISPLAY_NAME,
        INVALID_EMAIL,
        INVALID_PASSWORD,
        LAST_ADMIN
    }

    private final Reason reason;

    StaffAccountException(Reason reason, String germanMessage) {
        super(germanMessage);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
