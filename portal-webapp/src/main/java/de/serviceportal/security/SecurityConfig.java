package de.serviceportal.security;

import java.util.LinkedHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The portal's single security filter chain.
 *
 * <ul>
 *   <li>{@code /.admin/**}: role ADMIN; {@code /.editor/**}: any staff role. Plugin staff screens below
 *       {@code /.editor/plugins/} need their permission's roles (rules contributed as customizer beans).</li>
 *   <li>Everything else (citizen pages, {@code /.resources/**}, {@code /dam/**}, citizen forms) is
 *       public. Non-GET requests are public too, because citizens submit forms without an account;
 *       CSRF protection still applies to every state-changing request.</li>
 *   <li>Form login at GET/POST {@code /.login}, logout by POST {@code /.logout}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    static final String LOGIN = "/.login";
    static final String LOGOUT = "/.logout";
    static final String[] AUTHORING_API = { "/.rest/nodes/**", "/.rest/commands/**", "/.rest/versions/**",
        "/.rest/audit/**", "/.rest/workflow/**", CsrfTokenController.PATH };
    /** Editor workspace screens for content (clerks have their own under /.editor/ too). */
    static final String[] EDITORIAL_SCREENS = { "/.editor/pages", "/.editor/pages/**", "/.editor/preview",
        "/.editor/publishing", "/.editor/publishing/**", "/.editor/dam", "/.editor/dam/**", "/.editor/apps",
        "/.editor/apps/**" };
    private static final String[] EDITORIAL_ROLES = { StaffRole.EDITOR.name(), StaffRole.PUBLISHER.name(),
        StaffRole.ADMIN.name() };

    /** Picked up by Spring Security's WebSecurity for the firewall's rejections. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RejectedRequestHandler();
    }

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, StaffUserDetailsService users,
            PasswordEncoder passwordEncoder, LoginAttempts attempts,
            ObjectProvider<Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>> staffAreaRules,
            @Value("${portal.security.content-security-policy:base-uri 'self'; object-src 'none'; frame-ancestors 'self'}")
            String contentSecurityPolicy) throws Exception {
        http
            .authenticationManager(authenticationManager(users, passwordEncoder, attempts))
            .authorizeHttpRequests(auth -> {
                auth.requestMatchers("/.admin/**").hasRole(StaffRole.ADMIN.name());
                // authoring: editorial staff; publishing right away only for publishers (editors request it)
                auth.requestMatchers(HttpMethod.POST, "/.rest/commands/v2/*/publish", "/.rest/commands/v2/*/unpublish")
                    .hasAnyRole(StaffRole.PUBLISHER.name(), StaffRole.ADMIN.name());
                auth.requestMatchers(HttpMethod.POST, "/.editor/publishing/*/approve", "/.editor/publishing/*/reject")
                    .hasAnyRole(StaffRole.PUBLISHER.name(), StaffRole.ADMIN.name());
                auth.requestMatchers(AUTHORING_API).hasAnyRole(EDITORIAL_ROLES);
                auth.requestMatchers(EDITORIAL_SCREENS).hasAnyRole(EDITORIAL_ROLES);
                staffAreaRules.orderedStream().forEach(rules -> rules.customize(auth));
                auth.requestMatchers("/.editor/**").hasAnyRole(staffRoleNames())
                    .anyRequest().permitAll();
            })
            // API clients get a status, not the login page
            .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.withDefaults().matcher("/.rest/**")))
            .formLogin(form -> form
                .loginPage(LOGIN)
                .loginProcessingUrl(LOGIN)
                .usernameParameter("username")
                .passwordParameter("password")
                .successHandler(new StaffLoginSuccessHandler())
                .failureHandler(failureHandler())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl(LOGOUT)
                .logoutSuccessUrl(LOGIN + "?logout")
                .permitAll())
            .headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Baseline for every page; it leaves scripts and styles alone so that the
                // rendered citizen pages keep working. The login page sends its own, strict policy,
                // which the header writer does not overwrite.
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
        return http.build();
    }

    private static AuthenticationManager authenticationManager(StaffUserDetailsService users,
            PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new LockingAuthenticationProvider(passwords, attempts));
    }

    /** Locked → lock notice; every other failure (unknown name, wrong password, disabled) → one generic notice. */
    private static AuthenticationFailureHandler failureHandler() {
        var handlers = new LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler>();
        handlers.put(LoginTemporarilyLockedException.class,
                new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error=locked"));
        return new DelegatingAuthenticationFailureHandler(handlers,
                new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error"));
    }

    private static String[] staffRoleNames() {
        StaffRole[] roles = StaffRole.values();
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
