package de.serviceportal.wastecalendar.ics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A generated calendar: the text (CRLF lines, UTF-8), the plan's last change for Last-Modified, and a strong
 * ETag derived from the bytes (identical plans and options give identical bytes and ETags).
 */
public record IcsDocument(String text, Instant lastModified, String fileName) {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted strong ETag, e.g. {@code "3f2a…"}. */
    public String etag() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes());
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
