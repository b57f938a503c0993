package de.serviceportal.wastecalendar.persistence;

import de.serviceportal.wastecalendar.model.CollectionRule;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.WeekParity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single edits of a stored year plan by staff (a rule, an exception, a street's tour), next to the import that
 * replaces a whole year. Every edit runs in one transaction together with a new change stamp of the plan: the stamp
 * is the ICS DTSTAMP/Last-Modified and the key of the REST layer's cached validators, so without it subscribers would
 * keep getting 304 for a changed calendar. Validation is the caller's job; this class only checks that the rows it
 * changes belong to the given year.
 */
public class PlanEditor {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public PlanEditor(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    public record TourInfo(long id, int year, String key, Fraction fraction) {
    }

    public record RuleRow(long id, CollectionRule rule) {
    }

    public record ExceptionRow(long id, LocalDate originalDate, LocalDate newDate, String note) {
    }

    public record StreetRow(long id, String municipality, String ortsteil, String name) {
        public String label() {
            return name + ", " + (ortsteil.equals(municipality) ? municipality : ortsteil + " (" + municipality + ")");
        }
    }

    public record RangeRow(long addressId, String label) {
    }

    public record AssignmentRow(long addressId, Fraction fraction, long tourId, String tourKey) {
    }

    // ---- reading ------------------------------------------------------------------------------------------

    public List<TourInfo> tours(int year) {
        return jdbc.sql("SELECT id, plan_year, tour_key, fraction FROM wc_tour WHERE plan_year = ? ORDER BY fraction, tour_key")
                .param(year).query((rs, n) -> new TourInfo(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        Fraction.valueOf(rs.getString(4)))).list();
    }

    public Optional<TourInfo> tour(int year, String key) {
        return jdbc.sql("SELECT id, plan_year, tour_key, fraction FROM wc_tour WHERE plan_year = ? AND tour_key = ?")
                .params(year, key).query((rs, n) -> new TourInfo(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        Fraction.valueOf(rs.getString(4)))).optional();
    }

    public List<RuleRow> rules(long tourId) {
        return jdbc.sql("""
                        SELECT id, weekday, rhythm_weeks, week_parity, anchor_date, valid_from, valid_to
                        FROM wc_rule WHERE tour_id = ? ORDER BY valid_from, id""")
                .param(tourId)
                .query((rs, n) -> new RuleRow(rs.getLong(1), new CollectionRule(DayOfWeek.of(rs.getInt(2)), rs.getInt(3),
                        rs.getString(4) == null ? null : WeekParity.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class))))
                .list();
    }

    public List<ExceptionRow> exceptions(long tourId) {
        return jdbc.sql("SELECT id, original_date, new_date, note FROM wc_exception WHERE tour_id = ? ORDER BY original_date")
                .param(tourId).query((rs, n) -> new ExceptionRow(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }

    /** Streets whose folded name contains {@code folded} (see SearchText), optionally of one municipality. */
    public List<StreetRow> streets(String folded, String municipality, int limit) {
        return jdbc.sql("""
                        SELECT s.id, m.name, o.name, s.name FROM wc_street s JOIN wc_ortsteil o ON o.id = s.ortsteil_id
                        JOIN wc_municipality m ON m.id = o.municipality_id
                        WHERE s.search_name LIKE ? AND (? = '' OR m.name = ?)
                        ORDER BY s.name, m.name, o.name FETCH FIRST ? ROWS ONLY""")
                .params("%" + folded.replace("%", "").replace("_", "") + "%", municipality, municipality, limit)
                .query((rs, n) -> new StreetRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<StreetRow> street(long id) {
        return jdbc.sql("""
                        SELECT s.id, m.name, o.name, s.name FROM wc_street s JOIN wc_ortsteil o ON o.id = s.ortsteil_id
                        JOIN wc_municipality m ON m.id = o.municipality_id WHERE s.id = ?""")
                .param(id).query((rs, n) -> new StreetRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public List<String> municipalities() {
        return jdbc.sql("SELECT name FROM wc_municipality ORDER BY name").query(String.class).list();
    }

    /** The house-number ranges (addresses) of a street, with their labels. */
    public List<RangeRow> ranges(long streetId) {
        return jdbc.sql("SELECT id, label FROM wc_address WHERE street_id = ? ORDER BY number_from NULLS FIRST, side, id")
                .param(streetId).query((rs, n) -> new RangeRow(rs.getLong(1), rs.getString(2))).list();
    }

    public List<AssignmentRow> assignments(long streetId, int year) {
        return jdbc.sql("""
                        SELECT x.address_id, x.fraction, t.id, t.tour_key FROM wc_assignment x
                        JOIN wc_tour t ON t.id = x.tour_id JOIN wc_address a ON a.id = x.address_id
                        WHERE a.street_id = ? AND x.plan_year = ?""")
                .params(streetId, year).query((rs, n) -> new AssignmentRow(rs.getLong(1),
                        Fraction.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4))).list();
    }

    // ---- writing (each in one transaction with a new plan change stamp) -------------------------------------

    /** Replaces one rule of a tour; false if the rule is not one of that tour in that year. */
    public boolean updateRule(int year, long tourId, long ruleId, CollectionRule r, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            int n = jdbc.sql("""
                            UPDATE wc_rule SET weekday = ?, rhythm_weeks = ?, week_parity = ?, anchor_date = ?,
                                               valid_from = ?, valid_to = ?
                            WHERE id = ? AND tour_id = ? AND tour_id IN (SELECT id FROM wc_tour WHERE plan_year = ?)""")
                    .params(r.weekday().getValue(), r.intervalWeeks(), r.parity() == null ? null : r.parity().name(),
                            r.anchor(), r.validFrom(), r.validTo(), ruleId, tourId, year)
                    .update();
            return n == 1 && touch(year, now);
        }));
    }

    public boolean addException(int year, long tourId, LocalDate date, LocalDate newDate, String note, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (jdbc.sql("SELECT COUNT(*) FROM wc_tour WHERE id = ? AND plan_year = ?").params(tourId, year)
                    .query(Integer.class).single() != 1) {
                return false;
            }
            jdbc.sql("INSERT INTO wc_exception (tour_id, original_date, new_date, note) VALUES (?, ?, ?, ?)")
                    .params(tourId, date, newDate, note == null ? "" : note.strip()).update();
            return touch(year, now);
        }));
    }

    public boolean removeException(int year, long tourId, long exceptionId, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            int n = jdbc.sql("""
                            DELETE FROM wc_exception WHERE id = ? AND tour_id = ?
                            AND tour_id IN (SELECT id FROM wc_tour WHERE plan_year = ?)""")
                    .params(exceptionId, tourId, year).update();
            return n == 1 && touch(year, now);
        }));
    }

    /** Puts an address on another tour of the same fraction; false if address or tour do not fit. */
    public boolean assign(int year, long addressId, long tourId, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            Optional<String> fraction = jdbc.sql("SELECT fraction FROM wc_tour WHERE id = ? AND plan_year = ?")
                    .params(tourId, year).query(String.class).optional();
            if (fraction.isEmpty() || jdbc.sql("SELECT COUNT(*) FROM wc_address WHERE id = ?").param(addressId)
                    .query(Integer.class).single() != 1) {
                return false;
            }
            jdbc.sql("DELETE FROM wc_assignment WHERE plan_year = ? AND address_id = ? AND fraction = ?")
                    .params(year, addressId, fraction.get()).update();
            jdbc.sql("INSERT INTO wc_assignment (plan_year, address_id, fraction, tour_id) VALUES (?, ?, ?, ?)")
                    .params(year, addressId, fraction.get(), tourId).update();
            return touch(year, now);
        }));
    }

    /**
     * Sets the plan's change stamp to {@code now}, whole seconds (HTTP dates have no more), and always later than the
     * previous stamp, so two edits within one second still give a new Last-Modified and a new validator key.
     */
    private boolean touch(int year, Instant now) {
        Optional<Instant> before = jdbc.sql("SELECT changed_at FROM wc_plan WHERE plan_year = ?").param(year)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
        if (before.isEmpty()) {
            throw new IllegalStateException("no plan for " + year);
        }
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        Instant earliest = before.get().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        if (stamp.isBefore(earliest)) {
            stamp = earliest;
        }
        jdbc.sql("UPDATE wc_plan SET changed_at = ? WHERE plan_year = ?")
                .params(WasteCalendarRepository.utc(stamp), year).update();
        return true;
    }
}
