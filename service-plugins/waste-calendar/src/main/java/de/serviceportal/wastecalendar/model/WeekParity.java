package de.serviceportal.wastecalendar.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Even or odd ISO calendar weeks, as printed on German collection plans ("ungerade KW").
 *
 * <p>Parity is the parity of the ISO week <em>number</em> and nothing else. In a year with 53 ISO weeks
 * (e.g. 2026) week 53 is odd and the following week 1 is odd again, so an "odd" tour collects in two
 * consecutive weeks and an "even" tour waits three weeks (week 52 to week 2). That is how German operators
 * print and run their plans; a plan that must keep a strict 14-day rhythm uses a start date instead.
 */
public enum WeekParity {
    EVEN("gerade"),
    ODD("ungerade");

    private final String germanName;

    WeekParity(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    public static WeekParity of(LocalDate date) {
        return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 0 ? EVEN : ODD;
    }

    public boolean matches(LocalDate date) {
        return of(date) == this;
    }
}
