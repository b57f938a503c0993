package de.serviceportal.wastecalendar.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * When a subscriber is reminded. The job runs hourly; a reminder goes out in the first run inside the window
 * (the portal's local time), so a slot missed while no node ran is made up later in the same window.
 */
public enum LeadTime {
    /** From 17:00 the day before the collection. */
    EVENING("evening", 1, 17, 23, "am Vorabend (ab 17 Uhr)"),
    /** From 5:00 on the day of the collection (bins must be out by 6:00). */
    MORNING("morning", 0, 5, 8, "am Morgen des Abfuhrtags (ab 5 Uhr)");

    private final String key;
    private final int daysAhead;
    private final int fromHour;
    private final int toHour;
    private final String label;

    LeadTime(String key, int daysAhead, int fromHour, int toHour, String label) {
        this.key = key;
        this.daysAhead = daysAhead;
        this.fromHour = fromHour;
        this.toHour = toHour;
        this.label = label;
    }

    /** The form and JSON value: {@code evening} or {@code morning}. */
    public String key() {
        return key;
    }

    /** German, for forms and mails. */
    public String label() {
        return label;
    }

    /** The collection date to remind of at {@code now}, if {@code now} lies in this lead time's window. */
    Optional<LocalDate> collectionDateAt(LocalDateTime now) {
        int hour = now.getHour();
        return hour >= fromHour && hour <= toHour ? Optional.of(now.toLocalDate().plusDays(daysAhead)) : Optional.empty();
    }

    static Optional<LeadTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (LeadTime lead : values()) {
            if (lead.key.equals(t) || lead.name().equalsIgnoreCase(t)) {
                return Optional.of(lead);
            }
        }
        return Optional.empty();
    }
}
