package de.serviceportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page that asked for it (saved request), otherwise to the start page
 * for staff, {@code /.editor/} (administrators find their section there too).
 */
final class StaffLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return targetFor(authentication);
    }

    static String targetFor(Authentication authentication) {
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        for (StaffRole role : StaffRole.values()) {
            if (authorities.contains(role.authority())) {
                return "/.editor/";
            }
        }
        return "/"; // an account without any role has no staff area to go to
    }
}
