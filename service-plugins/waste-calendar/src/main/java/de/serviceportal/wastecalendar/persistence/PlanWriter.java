package de.serviceportal.wastecalendar.persistence;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.CollectionException;
import de.serviceportal.wastecalendar.model.CollectionRule;
import de.serviceportal.wastecalendar.model.HouseNumberRange;
import de.serviceportal.wastecalendar.model.Keys;
import de.serviceportal.wastecalendar.model.SpecialCollection;
import de.serviceportal.wastecalendar.model.Tour;
import de.serviceportal.wastecalendar.model.YearPlan;
import de.serviceportal.wastecalendar.search.SearchText;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Writes one {@link YearPlan}; runs inside the repository's transaction. Caches ids it has looked up. */
final class PlanWriter {

    private final JdbcClient jdbc;
    private final Map<String, Long> municipalities = new HashMap<>();
    private final Map<String, Long> ortsteile = new HashMap<>();
    private final Map<String, Long> streets = new HashMap<>();
    private final Map<String, Long> addresses = new HashMap<>();
    private final Map<String, Long> tours = new HashMap<>();

    PlanWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(YearPlan plan, Instant changedAt) {
        int year = plan.year();
        deleteYear(year);
        jdbc.sql("INSERT INTO wc_plan (plan_year, changed_at, source) VALUES (?, ?, ?)")
                .params(year, WasteCalendarRepository.utc(changedAt), plan.source()).update();
        for (Tour tour : plan.tours()) {
            writeTour(year, tour);
        }
        for (YearPlan.Assignment a : plan.assignments()) {
            long addressId = address(a.municipality(), a.ortsteil(), a.street(), a.range());
            jdbc.sql("INSERT INTO wc_assignment (plan_year, address_id, fraction, tour_id) VALUES (?, ?, ?, ?)")
                    .params(year, addressId, a.fraction().name(), tours.get(a.tourKey())).update();
        }
        for (SpecialCollection s : plan.specials()) {
            writeSpecial(year, s);
        }
    }

    private void deleteYear(int year) {
        String tourIds = "SELECT id FROM wc_tour WHERE plan_year = ?";
        jdbc.sql("DELETE FROM wc_special WHERE plan_year = ?").param(year).update();
        jdbc.sql("DELETE FROM wc_assignment WHERE plan_year = ?").param(year).update();
        jdbc.sql("DELETE FROM wc_exception WHERE tour_id IN (" + tourIds + ")").param(year).update();
        jdbc.sql("DELETE FROM wc_rule WHERE tour_id IN (" + tourIds + ")").param(year).update();
        jdbc.sql("DELETE FROM wc_tour WHERE plan_year = ?").param(year).update();
        jdbc.sql("DELETE FROM wc_plan WHERE plan_year = ?").param(year).update();
    }

    private void writeTour(int year, Tour tour) {
        long tourId = insert("INSERT INTO wc_tour (plan_year, tour_key, fraction) VALUES (?, ?, ?)",
                year, tour.key(), tour.fraction().name());
        tours.put(tour.key(), tourId);
        for (CollectionRule r : tour.rules()) {
            jdbc.sql("""
                            INSERT INTO wc_rule (tour_id, weekday, rhythm_weeks, week_parity, anchor_date, valid_from, valid_to)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tourId, r.weekday().getValue(), r.intervalWeeks(),
                            r.parity() == null ? null : r.parity().name(), r.anchor(), r.validFrom(), r.validTo())
                    .update();
        }
        for (CollectionException e : tour.exceptions()) {
            jdbc.sql("INSERT INTO wc_exception (tour_id, original_date, new_date, note) VALUES (?, ?, ?, ?)")
                    .params(tourId, e.originalDate(), e.newDate(), e.note()).update();
        }
    }

    private void writeSpecial(int year, SpecialCollection s) {
        long municipalityId = municipality(s.municipality());
        Long ortsteilId = s.ortsteil() == null ? null : ortsteil(s.municipality(), s.ortsteil());
        Long tourId = s.tourKey() == null ? null : tours.get(s.tourKey());
        jdbc.sql("""
                        INSERT INTO wc_special (plan_year, fraction, municipality_id, ortsteil_id, tour_id, collection_date,
                                                time_from, time_to, place, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, s.fraction().name(), municipalityId, ortsteilId, tourId, s.date(), s.timeFrom(), s.timeTo(),
                        s.place(), s.note())
                .update();
    }

    private long municipality(String name) {
        return municipalities.computeIfAbsent(name, n -> find("SELECT id FROM wc_municipality WHERE name = ?", n)
                .orElseGet(() -> insert("INSERT INTO wc_municipality (name) VALUES (?)", n)));
    }

    private long ortsteil(String municipality, String name) {
        long m = municipality(municipality);
        return ortsteile.computeIfAbsent(municipality + "|" + name,
                k -> find("SELECT id FROM wc_ortsteil WHERE municipality_id = ? AND name = ?", m, name)
                        .orElseGet(() -> insert("INSERT INTO wc_ortsteil (municipality_id, name) VALUES (?, ?)", m, name)));
    }

    private long street(String municipality, String ortsteil, String name) {
        long o = ortsteil(municipality, ortsteil);
        return streets.computeIfAbsent(WasteCalendarRepository.streetKey(municipality, ortsteil, name),
                k -> find("SELECT id FROM wc_street WHERE ortsteil_id = ? AND name = ?", o, name)
                        .orElseGet(() -> insert("INSERT INTO wc_street (ortsteil_id, name, search_name) VALUES (?, ?, ?)",
                                o, name, SearchText.normalize(name))));
    }

    private long address(String municipality, String ortsteil, String street, HouseNumberRange range) {
        String key = Keys.addressKey(municipality, ortsteil, street, range);
        return addresses.computeIfAbsent(key, k -> find("SELECT id FROM wc_address WHERE address_key = ?", k)
                .orElseGet(() -> {
                    String label = Address.label(municipality, ortsteil, street, range);
                    String searchText = SearchText.normalize(street + " " + ortsteil + " " + municipality);
                    return insert("""
                                    INSERT INTO wc_address (street_id, number_from, number_to, side, address_key, label, search_text)
                                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                            street(municipality, ortsteil, street), range.from(), range.to(), range.side().name(), k,
                            label, searchText);
                }));
    }

    private java.util.Optional<Long> find(String sql, Object... params) {
        return jdbc.sql(sql).params(java.util.Arrays.asList(params)).query(Long.class).optional();
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(java.util.Arrays.asList(params)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
