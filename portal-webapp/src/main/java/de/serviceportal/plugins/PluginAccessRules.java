package de.serviceportal.plugins;

import java.util.List;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import de.serviceportal.plugin.StaffScreen;

/**
 * Access rules for plugin staff screens, added to the portal's filter chain before the general
 * {@code /.editor/**} rule: a screen's path and everything below it need one of its permission's roles.
 */
@Component
public class PluginAccessRules implements
        Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {

    private final List<StaffScreen> screens;
    private final PluginPermissions permissions;

    PluginAccessRules(List<StaffScreen> screens, PluginPermissions permissions) {
        // the most specific path first: the first matching rule decides
        this.screens = screens.stream()
                .sorted(java.util.Comparator.comparing((StaffScreen s) -> s.path().length()).reversed()).toList();
        this.permissions = permissions;
        for (StaffScreen screen : screens) {
            if (permissions.find(screen.permission()).isEmpty()) {
                throw new IllegalStateException("Staff screen " + screen.path() + " needs the permission "
                        + screen.permission() + ", which no plugin declares");
            }
        }
    }

    @Override
    public void customize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        for (StaffScreen screen : screens) {
            auth.requestMatchers(screen.path(), screen.path() + "/**")
                    .hasAnyRole(PluginPermissions.names(permissions.roles(screen.permission())));
        }
    }
}
