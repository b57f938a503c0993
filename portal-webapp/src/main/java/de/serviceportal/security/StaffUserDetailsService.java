package de.serviceportal.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff accounts for the form login. Being a bean also keeps Spring Boot from creating its
 * default "user" with a generated password.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccounts.Credentials credentials = accounts.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account with this username"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .disabled(!credentials.enabled())
                .authorities(credentials.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }
}
