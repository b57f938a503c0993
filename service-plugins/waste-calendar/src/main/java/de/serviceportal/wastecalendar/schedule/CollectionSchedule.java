package de.serviceportal.wastecalendar.schedule;

import de.serviceportal.wastecalendar.model.AddressPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All collection dates of an address in a date range, across plan years. This is the service the REST layer
 * and the citizen views call.
 */
public final class CollectionSchedule {

    /** Longest range one call may ask for; protects the server from "from=1900&to=2900". */
    public static final int MAX_RANGE_DAYS = 3 * 366;

    private final PlanSource source;
    private final PlanExpander expander;

    public CollectionSchedule(PlanSource source, HolidayShiftPolicy policy) {
        this.source = source;
        this.expander = new PlanExpander(policy);
    }

    /**
     * @throws IllegalArgumentException if {@code to} is before {@code from} or the range is longer than
     *                                  {@link #MAX_RANGE_DAYS} (message in German, fit for a 400 answer)
     */
    public List<Collection> collections(long addressId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Das Enddatum liegt vor dem Anfangsdatum.");
        }
        if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("Der Zeitraum ist zu lang (höchstens " + MAX_RANGE_DAYS + " Tage).");
        }
        List<Collection> all = new ArrayList<>();
        // A shift can carry a date over New Year (31.12. → 2.1.), so the neighbouring plan years count too.
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            Optional<AddressPlan> plan = source.plan(addressId, year);
            plan.ifPresent(p -> all.addAll(expander.expand(p, from, to)));
        }
        all.sort(Comparator.comparing(Collection::date).thenComparing(Collection::fraction));
        return all;
    }

    /** The collections of one calendar year. */
    public List<Collection> year(long addressId, int year) {
        return collections(addressId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public PlanSource source() {
        return source;
    }
}
