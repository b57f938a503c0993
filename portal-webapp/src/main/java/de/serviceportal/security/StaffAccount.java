package de.serviceportal.security;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as other features see it. Deliberately carries no password hash.
 *
 * @param username normalised (trimmed, lower case) login name
 * @param email may be {@code null}
 * @param roles unmodifiable, possibly empty
 */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        String email,
        boolean enabled,
        Instant createdAt,
        Set<StaffRole> roles) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }
}
