package de.serviceportal.wastecalendar.schedule;

import de.serviceportal.wastecalendar.model.Fraction;
import java.time.LocalDate;

/**
 * One collection of a fraction at an address. {@code plannedDate} is the date before any shift or exception
 * (equal to {@code date} if nothing moved) and identifies the collection across plan changes; {@code note}
 * explains a move in German ("wegen Karfreitag verschoben vom 3.4."), {@code details} carries place and time
 * of special collections.
 */
public record Collection(LocalDate date, Fraction fraction, LocalDate plannedDate, String tourKey, String note,
                         String details) {

    public boolean moved() {
        return !date.equals(plannedDate);
    }
}
