package de.serviceportal.wastecalendar.web.citizen;

import java.util.List;

/**
 * What the component script {@code waste-calendar:components/calendar} reads as {@code model}. Links are relative
 * query strings ({@code ?address=…}) that keep the component's state, so every step works without JavaScript.
 * All texts are German.
 */
public record CalendarView(
        String site,
        /* which question the selection asks next: municipality, ortsteil, street, number, or done */
        String step,
        Selection selection,
        Search search,
        String error,
        AddressView address,
        List<FractionView> fractions,
        boolean filtered,
        List<Upcoming> upcoming,
        String view,
        boolean print,
        Month month,
        List<MonthList> list,
        Links links,
        List<Download> downloads,
        boolean remindersOffered) {

    /** One option of a select list. */
    public record Option(long id, String name, boolean selected) {
    }

    /** A link with its German text, e.g. a search match or a house-number range. */
    public record Link(String href, String text) {
    }

    /** The step-by-step selection; ids are null until chosen. */
    public record Selection(List<Option> municipalities, Long municipality, String municipalityName,
            List<Option> ortsteile, Long ortsteil, String ortsteilName,
            List<Option> streets, Long street, String streetName,
            List<Link> sections, String number) {
    }

    /** The free-text search: what was asked, matches, or suggestions with a message when nothing fits. */
    public record Search(String q, List<Link> matches, List<Link> suggestions, String message) {
    }

    public record AddressView(long id, String label) {
    }

    /** A fraction with its colours (background + text, AA contrast) and icon; colour is never the only cue. */
    public record FractionView(String key, String name, String colour, String textColour, String icon,
            boolean checked) {
    }

    /** The next collections of one fraction. */
    public record Upcoming(FractionView fraction, List<Day> dates) {
    }

    /** One collection: ISO date (for {@code <time datetime>}), German label, note on a move, place/time. */
    public record Day(String iso, String label, FractionView fraction, String note, String details) {
    }

    /** A month as weeks of seven days (Monday first) for the table calendar. */
    public record Month(String title, String value, List<Week> weeks, String previous, String next) {
    }

    public record Week(int number, List<Cell> days) {
    }

    /** A day of the month grid; {@code day} 0 = padding outside the month. */
    public record Cell(int day, String iso, String label, boolean today, List<Day> collections) {
    }

    /** The list view: one section per month. */
    public record MonthList(String title, List<Day> days) {
    }

    public record Links(String list, String month, String print, String back, String reset) {
    }

    /** Downloads of one plan year; paths start at the servlet context (the script adds context path and host). */
    public record Download(int year, String ics, String pdf) {
    }
}
