package de.serviceportal.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Wraps the username/password check with the {@link LoginAttempts} lock: a locked name is refused
 * before its password is even looked at, every failure counts, a success resets the count.
 */
final class LockingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginAttempts attempts;

    LockingAuthenticationProvider(AuthenticationProvider delegate, LoginAttempts attempts) {
        this.delegate = delegate;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (attempts.isLocked(username)) {
            throw new LoginTemporarilyLockedException();
        }
        Object credentials = authentication.getCredentials();
        if (credentials == null || !PasswordRules.fitsBcrypt(credentials.toString())) {
            // BCrypt would throw IllegalArgumentException (-> HTTP 500) on more than 72 bytes;
            // no stored password can be that long, so this is simply a wrong password.
            attempts.recordFailure(username);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            attempts.recordSuccess(username);
            return result;
        } catch (AuthenticationException e) {
            attempts.recordFailure(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
