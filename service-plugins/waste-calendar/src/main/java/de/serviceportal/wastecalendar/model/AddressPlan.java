package de.serviceportal.wastecalendar.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything needed to compute one address's collections in one plan year: its tours (one per regular
 * fraction) and the special collections that reach it. {@code changedAt} is the plan's last change; the ICS
 * uses it as DTSTAMP so regenerating gives identical bytes.
 */
public record AddressPlan(int year, Instant changedAt, List<Tour> tours, List<SpecialCollection> specials) {

    public AddressPlan {
        tours = List.copyOf(tours);
        specials = List.copyOf(specials);
    }
}
