package de.serviceportal.security;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Minimum rules for staff passwords; length beats composition rules (NIST SP 800-63B, BSI). */
@Component
class PasswordRules {

    /** BCrypt only looks at the first 72 bytes, and Spring's encoder refuses longer input outright. */
    static final int MAX_BYTES = 72;

    private final int minLength;

    PasswordRules(@Value("${portal.security.password.min-length:12}") int minLength) {
        this.minLength = minLength;
    }

    void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new StaffAccountException(StaffAccountException.Reason.INVALID_PASSWORD,
                    "Das Passwort muss mindestens " + minLength + " Zeichen lang sein.");
        }
        if (!fitsBcrypt(password)) {
            throw new StaffAccountException(StaffAccountException.Reason.INVALID_PASSWORD,
                    "Das Passwort ist zu lang (höchstens " + MAX_BYTES + " Byte, Umlaute zählen doppelt).");
        }
    }

    static boolean fitsBcrypt(CharSequence password) {
        return password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
