package de.serviceportal.wastecalendar.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Maps a planned date to its actual date under a {@link HolidayShiftPolicy}. The mapping depends only on the
 * calendar, not on the tour, so every tour of a weekday moves the same way.
 */
final class HolidayShifter {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d.M.");

    private final HolidayShiftPolicy policy;

    HolidayShifter(HolidayShiftPolicy policy) {
        this.policy = policy;
    }

    /** The shift of a planned date, or empty if it stays. */
    Optional<Shift> shift(LocalDate planned) {
        return switch (policy) {
            case NEXT_DAY -> nextDay(planned);
            case EARLIER -> earlier(planned);
        };
    }

    private Optional<Shift> earlier(LocalDate planned) {
        Optional<String> holiday = SaxonyAnhaltHolidays.nameOf(planned);
        if (holiday.isEmpty()) {
            return Optional.empty();
        }
        LocalDate d = planned.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return Optional.of(new Shift(d, note(holiday.get(), planned)));
    }

    /*
     * Walk the week's Monday–Friday in order and give each day the first free day after the previous day's
     * target (never earlier than itself). Days before the first holiday keep their date; every holiday pushes
     * the rest of the week by one more day.
     */
    private Optional<Shift> nextDay(LocalDate planned) {
        if (planned.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
            return SaxonyAnhaltHolidays.nameOf(planned)
                    .map(h -> new Shift(nextWorkingDay(planned), note(h, planned)));
        }
        LocalDate monday = planned.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate saturday = monday.plusDays(5);
        LocalDate previousTarget = monday.minusDays(1);
        String cause = null;
        for (LocalDate day = monday; !day.isAfter(planned); day = day.plusDays(1)) {
            Optional<String> holiday = SaxonyAnhaltHolidays.nameOf(day);
            if (holiday.isPresent()) {
                cause = holiday.get();
            }
            LocalDate target = day.isAfter(previousTarget) ? day : previousTarget.plusDays(1);
            while (target.isBefore(saturday.plusDays(1)) && !isWorkingDay(target)) {
                target = target.plusDays(1);
            }
            previousTarget = target;
        }
        if (previousTarget.equals(planned)) {
            return Optional.empty();
        }
        LocalDate target = previousTarget.isAfter(saturday) ? nextWorkingDay(saturday) : previousTarget;
        return Optional.of(new Shift(target, note(cause, planned)));
    }

    private static LocalDate nextWorkingDay(LocalDate after) {
        LocalDate d = after.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Monday to Saturday and not a public holiday (German "Werktag"). */
    static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SUNDAY && !SaxonyAnhaltHolidays.isHoliday(d);
    }

    private static String note(String holiday, LocalDate planned) {
        return "wegen " + holiday + " verschoben vom " + planned.format(SHORT);
    }

    record Shift(LocalDate date, String note) {
    }
}
