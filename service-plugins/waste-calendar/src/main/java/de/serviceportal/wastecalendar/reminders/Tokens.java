package de.serviceportal.wastecalendar.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random link tokens (256 bits, URL-safe). Only their SHA-256 is stored, so a copy of the database does not let
 * anyone confirm or cancel subscriptions; a plain hash suffices because the tokens are random, not passwords.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as sent in our links: 43 URL-safe characters; anything else is not looked up at all. */
    static boolean plausible(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
