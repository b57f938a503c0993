package de.serviceportal.wastecalendar.model;

import java.util.List;

/**
 * A complete plan of one year as an import delivers it: which address (range) is on which tour per fraction,
 * the tours with rules and exceptions, and the special collections. Replaces the year's previous plan.
 */
public record YearPlan(int year, String source, List<Assignment> assignments, List<Tour> tours,
                       List<SpecialCollection> specials) {

    public YearPlan {
        assignments = List.copyOf(assignments);
        tours = List.copyOf(tours);
        specials = List.copyOf(specials);
    }

    /** One line of the street file: this street (range) is served by this tour for this fraction. */
    public record Assignment(String municipality, String ortsteil, String street, HouseNumberRange range,
                             Fraction fraction, String tourKey) {
    }
}
