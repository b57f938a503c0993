package de.serviceportal.wastecalendar.ics;

import de.serviceportal.wastecalendar.model.Fraction;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the citizen chose: which fractions, and an optional reminder {@code alarmHoursBefore} hours before the
 * start of the collection day (e.g. 6 → 18:00 the evening before; 18 → 6:00 the morning before).
 */
public record IcsOptions(Set<Fraction> fractions, Integer alarmHoursBefore) {

    public static final int MAX_ALARM_HOURS = 72;

    public IcsOptions {
        fractions = fractions == null || fractions.isEmpty() ? EnumSet.allOf(Fraction.class) : EnumSet.copyOf(fractions);
        if (alarmHoursBefore != null && (alarmHoursBefore < 1 || alarmHoursBefore > MAX_ALARM_HOURS)) {
            throw new IllegalArgumentException("Die Erinnerung muss zwischen 1 und " + MAX_ALARM_HOURS
                    + " Stunden vor dem Abfuhrtag liegen.");
        }
    }

    public static IcsOptions all() {
        return new IcsOptions(null, null);
    }

    public static IcsOptions withAlarm(int hoursBefore) {
        return new IcsOptions(null, hoursBefore);
    }
}
