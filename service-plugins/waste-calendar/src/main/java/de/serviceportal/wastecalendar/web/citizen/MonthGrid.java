package de.serviceportal.wastecalendar.web.citizen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Cell;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Day;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.FractionView;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Month;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Week;

/** Lays a month out in ISO weeks (Monday first), as printed calendars in Germany do. */
final class MonthGrid {

    private MonthGrid() {
    }

    static Month build(YearMonth month, List<Collection> collections, LocalDate today,
            Function<Fraction, FractionView> fractions, String previous, String next) {
        List<Week> weeks = new ArrayList<>();
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        while (!cursor.isAfter(month.atEndOfMonth())) {
            List<Cell> days = new ArrayList<>();
            int weekNumber = cursor.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            for (int i = 0; i < 7; i++, cursor = cursor.plusDays(1)) {
                if (!YearMonth.from(cursor).equals(month)) {
                    days.add(new Cell(0, null, null, false, List.of()));
                    continue;
                }
                LocalDate date = cursor;
                List<Day> on = collections.stream().filter(c -> c.date().equals(date))
                        .map(c -> new Day(date.toString(), GermanDates.day(date), fractions.apply(c.fraction()),
                                c.note(), c.details()))
                        .toList();
                days.add(new Cell(date.getDayOfMonth(), date.toString(), GermanDates.day(date), date.equals(today), on));
            }
            weeks.add(new Week(weekNumber, days));
        }
        return new Month(GermanDates.month(month), month.toString(), weeks, previous, next);
    }
}
