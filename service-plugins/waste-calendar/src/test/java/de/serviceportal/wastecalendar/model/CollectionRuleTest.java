package de.serviceportal.wastecalendar.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionRuleTest {

    private static final LocalDate FROM = of(2026, 1, 1);
    private static final LocalDate TO = of(2027, 12, 31);

    @Test
    void weekly_rule_gives_every_weekday_of_the_year() {
        CollectionRule rule = CollectionRule.weekly(DayOfWeek.TUESDAY, FROM, TO);
        List<LocalDate> dates = rule.datesBetween(of(2026, 1, 1), of(2026, 12, 31));
        assertThat(dates).hasSize(52).first().isEqualTo(of(2026, 1, 6));
        assertThat(dates).allMatch(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY);
        // 2026 starts on a Thursday, so it has 53 Thursdays
        assertThat(CollectionRule.weekly(DayOfWeek.THURSDAY, FROM, TO).datesBetween(FROM, of(2026, 12, 31))).hasSize(53);
    }

    @Test
    void odd_weeks_run_twice_in_a_row_over_week_53_of_2026() {
        CollectionRule odd = CollectionRule.biweekly(DayOfWeek.THURSDAY, WeekParity.ODD, FROM, TO);
        assertThat(odd.datesBetween(of(2026, 12, 1), of(2027, 1, 31))).containsExactly(
                of(2026, 12, 3),   // KW 49
                of(2026, 12, 17),  // KW 51
                of(2026, 12, 31),  // KW 53 – odd
                of(2027, 1, 7),    // KW 1 – odd again: one week later
                of(2027, 1, 21));  // KW 3
        assertThat(of(2026, 12, 31).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
    }

    @Test
    void even_weeks_wait_three_weeks_over_week_53_of_2026() {
        CollectionRule even = CollectionRule.biweekly(DayOfWeek.MONDAY, WeekParity.EVEN, FROM, TO);
        assertThat(even.datesBetween(of(2026, 12, 1), of(2027, 1, 31))).containsExactly(
                of(2026, 12, 7),   // KW 50
                of(2026, 12, 21),  // KW 52
                of(2027, 1, 11),   // KW 2 – three weeks later
                of(2027, 1, 25));  // KW 4
    }

    @Test
    void week_parity_at_a_normal_year_end_simply_alternates() {
        // 2027 has 52 ISO weeks: 31.12.2027 is in KW 52 (even), 7.1.2028 in KW 1 (odd)
        CollectionRule odd = CollectionRule.biweekly(DayOfWeek.FRIDAY, WeekParity.ODD, FROM, of(2028, 12, 31));
        assertThat(odd.datesBetween(of(2027, 12, 1), of(2028, 1, 31))).containsExactly(
                of(2027, 12, 10), of(2027, 12, 24), of(2028, 1, 7), of(2028, 1, 21));
    }

    @Test
    void a_start_date_keeps_a_strict_rhythm_across_week_53() {
        CollectionRule rule = CollectionRule.everyWeeks(2, of(2026, 1, 8), FROM, TO);
        List<LocalDate> dates = rule.datesBetween(of(2026, 12, 1), of(2027, 1, 31));
        assertThat(dates).containsExactly(of(2026, 12, 10), of(2026, 12, 24), of(2027, 1, 7), of(2027, 1, 21));
        for (int i = 1; i < dates.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i))).isEqualTo(14);
        }
    }

    @Test
    void four_weekly_rule_counts_from_its_start_date_also_backwards() {
        CollectionRule rule = CollectionRule.everyWeeks(4, of(2026, 3, 4), FROM, of(2026, 12, 31));
        List<LocalDate> dates = rule.datesBetween(FROM, of(2026, 12, 31));
        assertThat(dates).startsWith(of(2026, 1, 7), of(2026, 2, 4), of(2026, 3, 4)).hasSize(13);
        assertThat(dates).last().isEqualTo(of(2026, 12, 9));
    }

    @Test
    void validity_period_limits_the_dates() {
        CollectionRule summer = CollectionRule.weekly(DayOfWeek.WEDNESDAY, of(2026, 6, 1), of(2026, 8, 31));
        List<LocalDate> dates = summer.datesBetween(FROM, of(2026, 12, 31));
        assertThat(dates).first().isEqualTo(of(2026, 6, 3));
        assertThat(dates).last().isEqualTo(of(2026, 8, 26));
        assertThat(dates).hasSize(13);
        assertThat(summer.overlaps(CollectionRule.weekly(DayOfWeek.WEDNESDAY, of(2026, 8, 31), of(2026, 9, 30)))).isTrue();
        assertThat(summer.overlaps(CollectionRule.weekly(DayOfWeek.WEDNESDAY, of(2026, 9, 1), of(2026, 9, 30)))).isFalse();
    }

    @Test
    void inconsistent_rules_are_rejected() {
        assertThatThrownBy(() -> new CollectionRule(DayOfWeek.MONDAY, 3, null, null, FROM, TO)).hasMessageContaining("1, 2 or 4");
        assertThatThrownBy(() -> new CollectionRule(DayOfWeek.MONDAY, 2, null, null, FROM, TO)).hasMessageContaining("parity");
        assertThatThrownBy(() -> new CollectionRule(DayOfWeek.MONDAY, 4, WeekParity.ODD, null, FROM, TO)).hasMessageContaining("start date");
        assertThatThrownBy(() -> new CollectionRule(DayOfWeek.MONDAY, 1, null, null, TO, FROM)).hasMessageContaining("validity");
    }

    @Test
    void describes_itself_in_german() {
        assertThat(CollectionRule.biweekly(DayOfWeek.TUESDAY, WeekParity.ODD, FROM, TO).describe())
                .isEqualTo("Dienstag, 14-täglich, ungerade KW");
        assertThat(CollectionRule.everyWeeks(4, of(2026, 1, 9), FROM, TO).describe())
                .isEqualTo("Freitag, 4-wöchentlich, ab 09.01.2026");
    }
}
