package de.serviceportal.wastecalendar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One regular rhythm of a tour: a weekday, every 1, 2 or 4 weeks, valid for a period.
 *
 * <p>Which weeks: weekly rules collect every week. Two-weekly rules use either the ISO week parity
 * ({@link WeekParity}, as printed on plans) or a start date ({@code anchor}); four-weekly rules always need a
 * start date. With a start date the collection weeks are those whose Monday is a whole multiple of the
 * interval away from the Monday of the anchor's week — a strict rhythm that ignores year ends and week 53.
 */
public record CollectionRule(DayOfWeek weekday, int intervalWeeks, WeekParity parity, LocalDate anchor,
                             LocalDate validFrom, LocalDate validTo) {

    public CollectionRule {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (intervalWeeks != 1 && intervalWeeks != 2 && intervalWeeks != 4) {
            throw new IllegalArgumentException("interval must be 1, 2 or 4 weeks, was " + intervalWeeks);
        }
        if (intervalWeeks == 2 && (parity == null) == (anchor == null)) {
            throw new IllegalArgumentException("a two-weekly rule needs either a week parity or a start date");
        }
        if (intervalWeeks == 4 && (anchor == null || parity != null)) {
            throw new IllegalArgumentException("a four-weekly rule needs a start date and no week parity");
        }
        if (intervalWeeks == 1 && (anchor != null || parity != null)) {
            throw new IllegalArgumentException("a weekly rule takes neither week parity nor start date");
        }
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
    }

    public static CollectionRule weekly(DayOfWeek day, LocalDate from, LocalDate to) {
        return new CollectionRule(day, 1, null, null, from, to);
    }

    public static CollectionRule biweekly(DayOfWeek day, WeekParity parity, LocalDate from, LocalDate to) {
        return new CollectionRule(day, 2, parity, null, from, to);
    }

    public static CollectionRule everyWeeks(int weeks, LocalDate anchor, LocalDate from, LocalDate to) {
        return new CollectionRule(anchor.getDayOfWeek(), weeks, null, anchor, from, to);
    }

    public boolean overlaps(CollectionRule other) {
        return !validTo.isBefore(other.validFrom) && !other.validTo.isBefore(validFrom);
    }

    /** The planned dates (before holiday shifts and exceptions) within [from, to], ascending. */
    public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(validFrom) ? from : validFrom;
        LocalDate end = to.isBefore(validTo) ? to : validTo;
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = start.with(TemporalAdjusters.nextOrSame(weekday)); !d.isAfter(end); d = d.plusWeeks(1)) {
            if (inCollectionWeek(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    private boolean inCollectionWeek(LocalDate date) {
        if (intervalWeeks == 1) {
            return true;
        }
        if (parity != null) {
            return parity.matches(date);
        }
        long weeks = ChronoUnit.WEEKS.between(monday(anchor), monday(date));
        return Math.floorMod(weeks, intervalWeeks) == 0;
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** German description as on a printed plan, e.g. "Dienstag, 14-täglich, ungerade KW". */
    public String describe() {
        String rhythm = switch (intervalWeeks) {
            case 1 -> "wöchentlich";
            case 2 -> "14-täglich";
            default -> "4-wöchentlich";
        };
        String weeks = parity != null ? ", " + parity.germanName() + " KW"
                : anchor != null ? ", ab " + anchor.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                : "";
        return GermanDays.name(weekday) + ", " + rhythm + weeks;
    }
}
