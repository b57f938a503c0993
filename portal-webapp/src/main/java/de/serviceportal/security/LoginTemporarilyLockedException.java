package de.serviceportal.security;

import org.springframework.security.authentication.LockedException;

/** Raised while {@link LoginAttempts} locks a username; the login page then shows the lock notice. */
class LoginTemporarilyLockedException extends LockedException {

    private static final long serialVersionUID = 1L;

    LoginTemporarilyLockedException() {
        super("Too many failed login attempts; temporarily locked");
    }
}
