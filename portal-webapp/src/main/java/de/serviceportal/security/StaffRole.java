package de.serviceportal.security;

/** Roles a staff account can hold. Each maps to the Spring Security authority {@code ROLE_<name>}. */
public enum StaffRole {
    /** Writes and edits content. */
    EDITOR,
    /** Approves and publishes content. */
    PUBLISHER,
    /** Handles citizens' requests (cases, appointments). */
    CLERK,
    /** Manages staff accounts and the portal's configuration. */
    ADMIN;

    /** The authority string Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
