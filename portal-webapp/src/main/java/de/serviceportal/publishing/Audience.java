package de.serviceportal.publishing;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import de.serviceportal.repository.Stage;

/**
 * Who sees which stage: editorial staff work on drafts, everyone else (citizens, clerks, anonymous callers of the
 * APIs) sees only what is published.
 */
public final class Audience {

    private static final Set<String> EDITORIAL = Set.of("ROLE_EDITOR", "ROLE_PUBLISHER", "ROLE_ADMIN");

    private Audience() {
    }

    public static Stage currentStage() {
        return isEditorial() ? Stage.DRAFT : Stage.LIVE;
    }

    public static boolean isEditorial() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
                .stream().map(GrantedAuthority::getAuthority).anyMatch(EDITORIAL::contains);
    }
}
