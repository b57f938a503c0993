package de.serviceportal.wastecalendar.schedule;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.testing.SampleDatabase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Schedule over the real repository with the sample plan (Gotthardstraße split three ways, Beuna). */
class CollectionScheduleTest {

    static SampleDatabase db;
    static CollectionSchedule schedule;
    static long odd1to49;
    static long even2to50;
    static long beuna;

    @BeforeAll
    static void setUp() {
        db = SampleDatabase.create();
        schedule = new CollectionSchedule(db.repository(), HolidayShiftPolicy.NEXT_DAY);
        odd1to49 = db.addressId("merseburg-merseburg-gotthardstrasse-1-49-u");
        even2to50 = db.addressId("merseburg-merseburg-gotthardstrasse-2-50-g");
        beuna = db.addressId("merseburg-beuna-an-der-muehle");
    }

    private static List<Collection> fractionOf(long address, Fraction f) {
        return schedule.year(address, 2026).stream().filter(c -> c.fraction() == f).toList();
    }

    @Test
    void split_street_gets_the_tour_of_its_house_number_range() {
        assertThat(fractionOf(odd1to49, Fraction.RESTABFALL)).extracting(Collection::plannedDate)
                .allMatch(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY).hasSize(26);
        assertThat(fractionOf(even2to50, Fraction.RESTABFALL)).extracting(Collection::plannedDate)
                .allMatch(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).hasSize(26); // even Thursdays, KW 2..52
    }

    @Test
    void holiday_shift_carries_a_note() {
        // RA-2: even Thursdays; Christi Himmelfahrt 14.5.2026 is KW 20 → Friday 15.5.
        assertThat(fractionOf(even2to50, Fraction.RESTABFALL)).filteredOn(c -> c.plannedDate().equals(of(2026, 5, 14)))
                .singleElement().satisfies(c -> {
                    assertThat(c.date()).isEqualTo(of(2026, 5, 15));
                    assertThat(c.note()).isEqualTo("wegen Christi Himmelfahrt verschoben vom 14.5.");
                    assertThat(c.moved()).isTrue();
                });
    }

    @Test
    void an_exception_overrides_the_holiday_shift_and_a_cancellation_removes_the_date() {
        // 7.4.2026 (after Ostermontag) would go to 8.4.; the operator moved it to Saturday 11.4.
        assertThat(fractionOf(odd1to49, Fraction.RESTABFALL)).filteredOn(c -> c.plannedDate().equals(of(2026, 4, 7)))
                .singleElement().satisfies(c -> {
                    assertThat(c.date()).isEqualTo(of(2026, 4, 11));
                    assertThat(c.note()).isEqualTo("Sonderabfuhr am Samstag nach Ostern");
                });
        assertThat(fractionOf(odd1to49, Fraction.GELBE_TONNE)).extracting(Collection::plannedDate)
                .contains(of(2026, 12, 7)).doesNotContain(of(2026, 12, 21));
    }

    @Test
    void bioabfall_is_weekly_in_summer() {
        List<LocalDate> bio = fractionOf(beuna, Fraction.BIOABFALL).stream().map(Collection::plannedDate).toList();
        assertThat(bio).filteredOn(d -> d.getMonthValue() == 7).hasSize(5);
        assertThat(bio).filteredOn(d -> d.getMonthValue() == 3).hasSize(2);
    }

    @Test
    void special_collections_reach_their_ortsteil_or_tour() {
        List<Collection> merseburg = schedule.collections(odd1to49, of(2026, 1, 1), of(2026, 12, 31)).stream()
                .filter(c -> !c.fraction().regular()).toList();
        assertThat(merseburg).extracting(Collection::fraction, Collection::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Fraction.WEIHNACHTSBAEUME, of(2026, 1, 9)),
                org.assertj.core.groups.Tuple.tuple(Fraction.SCHADSTOFFMOBIL, of(2026, 3, 14)),
                org.assertj.core.groups.Tuple.tuple(Fraction.BIOTONNENREINIGUNG, of(2026, 6, 12)));
        assertThat(merseburg.get(1).details()).isEqualTo("Parkplatz am Gotthardteich, 09:00–10:30 Uhr");
        assertThat(schedule.year(beuna, 2026)).filteredOn(c -> c.fraction() == Fraction.SCHADSTOFFMOBIL)
                .singleElement().extracting(Collection::details).isEqualTo("Beuna, Dorfplatz, 11:00–12:00 Uhr");
    }

    @Test
    void a_range_across_the_year_end_combines_plans_and_unknown_years_are_empty() {
        List<Collection> around = schedule.collections(odd1to49, of(2026, 12, 20), of(2027, 1, 10));
        assertThat(around).isNotEmpty().allMatch(c -> c.date().getYear() == 2026); // no 2027 plan imported
        assertThat(schedule.year(odd1to49, 2030)).isEmpty();
        assertThat(schedule.collections(odd1to49, of(2026, 6, 1), of(2026, 6, 30)))
                .isSortedAccordingTo(java.util.Comparator.comparing(Collection::date));
    }

    @Test
    void bad_ranges_are_refused_in_german() {
        assertThatThrownBy(() -> schedule.collections(odd1to49, of(2026, 2, 1), of(2026, 1, 1)))
                .hasMessage("Das Enddatum liegt vor dem Anfangsdatum.");
        assertThatThrownBy(() -> schedule.collections(odd1to49, of(2026, 1, 1), of(2030, 1, 1)))
                .hasMessageStartingWith("Der Zeitraum ist zu lang");
    }

    @Test
    void earlier_policy_moves_karfreitag_to_thursday() {
        CollectionSchedule earlier = new CollectionSchedule(db.repository(), HolidayShiftPolicy.EARLIER);
        // PA-1: every 4 weeks from Wed 7.1.; BIO-1 even Fridays: 3.4.2026 is KW 14 (even) → Karfreitag
        assertThat(earlier.year(beuna, 2026)).filteredOn(c -> c.plannedDate().equals(of(2026, 4, 3)))
                .singleElement().satisfies(c -> {
                    assertThat(c.fraction()).isEqualTo(Fraction.BIOABFALL);
                    assertThat(c.date()).isEqualTo(of(2026, 4, 2));
                    assertThat(c.note()).isEqualTo("wegen Karfreitag verschoben vom 3.4.");
                });
    }
}
