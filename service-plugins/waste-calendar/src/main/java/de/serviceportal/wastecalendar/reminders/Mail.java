package de.serviceportal.wastecalendar.reminders;

import java.util.Map;

/**
 * A plain-text mail (UTF-8) to one recipient. {@code headers} are extra header fields, e.g. {@code List-Unsubscribe}.
 */
public record Mail(String to, String subject, String text, Map<String, String> headers) {

    public Mail {
        if (to == null || to.isBlank() || to.contains("\r") || to.contains("\n")) {
            throw new IllegalArgumentException("Invalid recipient");
        }
        headers = Map.copyOf(headers);
    }
}
