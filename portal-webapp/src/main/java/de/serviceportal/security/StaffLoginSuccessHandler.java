package de.serviceportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page that asked for it (saved request), otherwise to the start page
 * that fits the role — administrators to {@code /.admin/}, other staff to {@code /.editor/}.
 */
final class StaffLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return targetFor(authentication);
    }

    static String targetFor(Authentication authentication) {
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (authorities.contains(StaffRole.ADMIN.authority())) {
            return "/.admin/";
        }
        for (StaffRole role : StaffRole.values()) {
            if (authorities.contains(role.authority())) {
                return "/.editor/";
            }
        }
        return "/"; // an account without any role has no staff area to go to
    }
}
