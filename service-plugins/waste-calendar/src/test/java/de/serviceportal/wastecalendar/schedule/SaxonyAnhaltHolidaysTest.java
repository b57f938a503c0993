package de.serviceportal.wastecalendar.schedule;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SaxonyAnhaltHolidaysTest {

    @Test
    void all_holidays_of_2026() {
        assertThat(SaxonyAnhaltHolidays.of(2026)).containsExactly(
                entry(of(2026, 1, 1), "Neujahr"),
                entry(of(2026, 1, 6), "Heilige Drei Könige"),
                entry(of(2026, 4, 3), "Karfreitag"),
                entry(of(2026, 4, 6), "Ostermontag"),
                entry(of(2026, 5, 1), "Tag der Arbeit"),
                entry(of(2026, 5, 14), "Christi Himmelfahrt"),
                entry(of(2026, 5, 25), "Pfingstmontag"),
                entry(of(2026, 10, 3), "Tag der Deutschen Einheit"),
                entry(of(2026, 10, 31), "Reformationstag"),
                entry(of(2026, 12, 25), "1. Weihnachtstag"),
                entry(of(2026, 12, 26), "2. Weihnachtstag"));
    }

    @Test
    void all_holidays_of_2027() {
        assertThat(SaxonyAnhaltHolidays.of(2027)).containsExactly(
                entry(of(2027, 1, 1), "Neujahr"),
                entry(of(2027, 1, 6), "Heilige Drei Könige"),
                entry(of(2027, 3, 26), "Karfreitag"),
                entry(of(2027, 3, 29), "Ostermontag"),
                entry(of(2027, 5, 1), "Tag der Arbeit"),
                entry(of(2027, 5, 6), "Christi Himmelfahrt"),
                entry(of(2027, 5, 17), "Pfingstmontag"),
                entry(of(2027, 10, 3), "Tag der Deutschen Einheit"),
                entry(of(2027, 10, 31), "Reformationstag"),
                entry(of(2027, 12, 25), "1. Weihnachtstag"),
                entry(of(2027, 12, 26), "2. Weihnachtstag"));
    }

    /** Known Easter Sundays, including the extremes 22 March and 25 April of the Gregorian computus. */
    @ParameterizedTest
    @CsvSource({"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2038-04-25",
            "2285-03-22", "2000-04-23", "2019-04-21", "1818-03-22"})
    void easter_sunday(LocalDate easter) {
        assertThat(SaxonyAnhaltHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @Test
    void ordinary_days_are_not_holidays() {
        assertThat(SaxonyAnhaltHolidays.isHoliday(of(2026, 4, 4))).isFalse();
        assertThat(SaxonyAnhaltHolidays.isHoliday(of(2026, 11, 18))).as("Buß- und Bettag is Saxony only").isFalse();
        assertThat(SaxonyAnhaltHolidays.nameOf(of(2026, 10, 31))).contains("Reformationstag");
    }
}
