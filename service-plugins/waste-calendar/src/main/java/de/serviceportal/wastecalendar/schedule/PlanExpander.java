package de.serviceportal.wastecalendar.schedule;

import de.serviceportal.wastecalendar.model.AddressPlan;
import de.serviceportal.wastecalendar.model.CollectionException;
import de.serviceportal.wastecalendar.model.CollectionRule;
import de.serviceportal.wastecalendar.model.SpecialCollection;
import de.serviceportal.wastecalendar.model.Tour;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns one plan year of one address into dated collections: rules → planned dates → exceptions (final) or
 * holiday shift → filter by the requested range. Planned dates are taken a week beyond the range on both
 * sides, because a shift or exception can move a date into it.
 */
final class PlanExpander {

    private static final int MARGIN_DAYS = 14;

    private final HolidayShifter shifter;

    PlanExpander(HolidayShiftPolicy policy) {
        this.shifter = new HolidayShifter(policy);
    }

    List<Collection> expand(AddressPlan plan, LocalDate from, LocalDate to) {
        List<Collection> result = new ArrayList<>();
        for (Tour tour : plan.tours()) {
            expandTour(tour, from, to, result);
        }
        for (SpecialCollection s : plan.specials()) {
            if (!s.date().isBefore(from) && !s.date().isAfter(to)) {
                result.add(new Collection(s.date(), s.fraction(), s.date(), s.tourKey(), "", s.details()));
            }
        }
        result.sort(Comparator.comparing(Collection::date).thenComparing(Collection::fraction));
        return result;
    }

    private void expandTour(Tour tour, LocalDate from, LocalDate to, List<Collection> out) {
        Map<LocalDate, CollectionException> exceptions = tour.exceptions().stream()
                .collect(Collectors.toMap(CollectionException::originalDate, Function.identity(), (a, b) -> a));
        for (CollectionRule rule : tour.rules()) {
            for (LocalDate planned : rule.datesBetween(from.minusDays(MARGIN_DAYS), to.plusDays(MARGIN_DAYS))) {
                Collection c = actual(tour, planned, exceptions.get(planned));
                if (c != null && !c.date().isBefore(from) && !c.date().isAfter(to)) {
                    out.add(c);
                }
            }
        }
    }

    private Collection actual(Tour tour, LocalDate planned, CollectionException exception) {
        if (exception != null) {
            if (exception.cancelled()) {
                return null;
            }
            String note = exception.note().isEmpty()
                    ? "verlegt vom " + planned.format(java.time.format.DateTimeFormatter.ofPattern("d.M."))
                    : exception.note();
            return new Collection(exception.newDate(), tour.fraction(), planned, tour.key(), note, "");
        }
        return shifter.shift(planned)
                .map(s -> new Collection(s.date(), tour.fraction(), planned, tour.key(), s.note(), ""))
                .orElseGet(() -> new Collection(planned, tour.fraction(), planned, tour.key(), "", ""));
    }
}
