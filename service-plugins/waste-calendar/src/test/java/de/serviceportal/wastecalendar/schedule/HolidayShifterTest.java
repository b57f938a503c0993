package de.serviceportal.wastecalendar.schedule;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayShifterTest {

    private static LocalDate shifted(HolidayShiftPolicy policy, LocalDate planned) {
        return new HolidayShifter(policy).shift(planned).map(HolidayShifter.Shift::date).orElse(planned);
    }

    private static String note(HolidayShiftPolicy policy, LocalDate planned) {
        return new HolidayShifter(policy).shift(planned).map(HolidayShifter.Shift::note).orElse("");
    }

    @Nested
    class NextDay {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                # holiday on Monday (Ostermontag 2026): Monday → Tuesday, the rest of the week one day later
                2026-04-06 | 2026-04-07 | wegen Ostermontag verschoben vom 6.4.
                2026-04-08 | 2026-04-09 | wegen Ostermontag verschoben vom 8.4.
                2026-04-10 | 2026-04-11 | wegen Ostermontag verschoben vom 10.4.
                # holiday on Tuesday (Heilige Drei Könige 2026): Monday stays
                2026-01-05 | 2026-01-05 |
                2026-01-06 | 2026-01-07 | wegen Heilige Drei Könige verschoben vom 6.1.
                2026-01-09 | 2026-01-10 | wegen Heilige Drei Könige verschoben vom 9.1.
                # holiday on Wednesday (Heilige Drei Könige 2027)
                2027-01-05 | 2027-01-05 |
                2027-01-06 | 2027-01-07 | wegen Heilige Drei Könige verschoben vom 6.1.
                2027-01-08 | 2027-01-09 | wegen Heilige Drei Könige verschoben vom 8.1.
                # holiday on Thursday (Christi Himmelfahrt 2026)
                2026-05-13 | 2026-05-13 |
                2026-05-14 | 2026-05-15 | wegen Christi Himmelfahrt verschoben vom 14.5.
                2026-05-15 | 2026-05-16 | wegen Christi Himmelfahrt verschoben vom 15.5.
                # holiday on Friday (Karfreitag 2026): Saturday catch-up
                2026-04-02 | 2026-04-02 |
                2026-04-03 | 2026-04-04 | wegen Karfreitag verschoben vom 3.4.
                # Neujahr 2027 on Friday
                2027-01-01 | 2027-01-02 | wegen Neujahr verschoben vom 1.1.
                # 25./26.12.2026 on Friday + Saturday: no Saturday left, so Friday's goes to Monday 28.12.
                2026-12-24 | 2026-12-24 |
                2026-12-25 | 2026-12-28 | wegen 1. Weihnachtstag verschoben vom 25.12.
                2026-12-28 | 2026-12-28 |
                # 25./26.12.2025 on Thursday + Friday: Thursday → Saturday, Friday → Monday 29.12.
                2025-12-24 | 2025-12-24 |
                2025-12-25 | 2025-12-27 | wegen 1. Weihnachtstag verschoben vom 25.12.
                2025-12-26 | 2025-12-29 | wegen 2. Weihnachtstag verschoben vom 26.12.
                # holiday on a Saturday (3.10.2026): weekday collections stay, a Saturday one goes to Monday
                2026-10-02 | 2026-10-02 |
                2026-10-03 | 2026-10-05 | wegen Tag der Deutschen Einheit verschoben vom 3.10.
                2026-10-05 | 2026-10-05 |
                # holiday on a Sunday (3.10.2027): nothing moves
                2027-10-01 | 2027-10-01 |
                2027-10-04 | 2027-10-04 |
                """)
        void shifts(LocalDate planned, LocalDate expected, String expectedNote) {
            assertThat(shifted(HolidayShiftPolicy.NEXT_DAY, planned)).isEqualTo(expected);
            assertThat(note(HolidayShiftPolicy.NEXT_DAY, planned)).isEqualTo(expectedNote == null ? "" : expectedNote);
        }
    }

    @Nested
    class Earlier {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                # Karfreitag (Friday) → Thursday; Ostermontag (Monday) → Saturday before
                2026-04-03 | 2026-04-02 | wegen Karfreitag verschoben vom 3.4.
                2026-04-06 | 2026-04-04 | wegen Ostermontag verschoben vom 6.4.
                2026-04-07 | 2026-04-07 |
                # Tuesday, Wednesday, Thursday holidays → the day before, the rest of the week stays
                2026-01-06 | 2026-01-05 | wegen Heilige Drei Könige verschoben vom 6.1.
                2027-01-06 | 2027-01-05 | wegen Heilige Drei Könige verschoben vom 6.1.
                2026-05-14 | 2026-05-13 | wegen Christi Himmelfahrt verschoben vom 14.5.
                2026-05-15 | 2026-05-15 |
                # Neujahr 2027 (Friday) → Thursday 31.12.2026, across the year end
                2027-01-01 | 2026-12-31 | wegen Neujahr verschoben vom 1.1.
                # consecutive Christmas days 2025 (Thu + Fri) both go to Wednesday 24.12.
                2025-12-25 | 2025-12-24 | wegen 1. Weihnachtstag verschoben vom 25.12.
                2025-12-26 | 2025-12-24 | wegen 2. Weihnachtstag verschoben vom 26.12.
                # 25.12.2026 (Friday) → 24.12.; 26.12. is a Saturday: no weekday collection affected
                2026-12-25 | 2026-12-24 | wegen 1. Weihnachtstag verschoben vom 25.12.
                2026-12-28 | 2026-12-28 |
                # Saturday/Sunday holidays leave the weekdays alone
                2026-10-02 | 2026-10-02 |
                2027-10-04 | 2027-10-04 |
                """)
        void shifts(LocalDate planned, LocalDate expected, String expectedNote) {
            assertThat(shifted(HolidayShiftPolicy.EARLIER, planned)).isEqualTo(expected);
            assertThat(note(HolidayShiftPolicy.EARLIER, planned)).isEqualTo(expectedNote == null ? "" : expectedNote);
        }
    }

    static Stream<Map.Entry<LocalDate, String>> holidays2026And2027() {
        return Stream.concat(SaxonyAnhaltHolidays.of(2026).entrySet().stream(),
                SaxonyAnhaltHolidays.of(2027).entrySet().stream());
    }

    /** Every holiday of two years, under both policies: the collection leaves the holiday and is explained. */
    @ParameterizedTest
    @MethodSource("holidays2026And2027")
    void every_holiday_on_a_weekday_moves_to_a_working_day(Map.Entry<LocalDate, String> holiday) {
        LocalDate day = holiday.getKey();
        for (HolidayShiftPolicy policy : HolidayShiftPolicy.values()) {
            Optional<HolidayShifter.Shift> shift = new HolidayShifter(policy).shift(day);
            assertThat(shift).as("%s %s", policy, day).isPresent();
            LocalDate target = shift.get().date();
            assertThat(HolidayShifter.isWorkingDay(target)).as("%s %s → %s", policy, day, target).isTrue();
            assertThat(policy == HolidayShiftPolicy.EARLIER ? target.isBefore(day) : target.isAfter(day)).isTrue();
            assertThat(shift.get().note()).startsWith("wegen " + holiday.getValue() + " verschoben vom ");
        }
    }

    /** Over two years NEXT_DAY keeps the order of a week's collections and never lands on a holiday or Sunday. */
    @Test
    void next_day_keeps_weekly_order_and_working_days() {
        HolidayShifter shifter = new HolidayShifter(HolidayShiftPolicy.NEXT_DAY);
        for (LocalDate monday = of(2025, 12, 29); monday.isBefore(of(2028, 1, 1)); monday = monday.plusWeeks(1)) {
            LocalDate previous = null;
            for (int i = 0; i < 5; i++) {
                LocalDate planned = monday.plusDays(i);
                LocalDate target = shifter.shift(planned).map(HolidayShifter.Shift::date).orElse(planned);
                assertThat(HolidayShifter.isWorkingDay(target)).as("%s → %s", planned, target).isTrue();
                assertThat(target).isAfterOrEqualTo(planned);
                if (previous != null && target.getDayOfWeek() != DayOfWeek.MONDAY) {
                    assertThat(target).as("order in week of %s", monday).isAfter(previous);
                }
                previous = target;
                boolean holidayInWeekBefore = monday.datesUntil(planned.plusDays(1)).anyMatch(SaxonyAnhaltHolidays::isHoliday);
                assertThat(target.equals(planned)).as("%s moves iff a holiday precedes it in its week", planned)
                        .isEqualTo(!holidayInWeekBefore);
            }
        }
    }
}
