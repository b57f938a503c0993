package de.serviceportal.wastecalendar.persistence;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.AddressPlan;
import de.serviceportal.wastecalendar.model.CollectionException;
import de.serviceportal.wastecalendar.model.CollectionRule;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.HouseNumberRange;
import de.serviceportal.wastecalendar.model.SpecialCollection;
import de.serviceportal.wastecalendar.model.Tour;
import de.serviceportal.wastecalendar.model.WeekParity;
import de.serviceportal.wastecalendar.model.YearPlan;
import de.serviceportal.wastecalendar.schedule.PlanSource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * JDBC access to the waste calendar tables (see {@code db/plugins/waste-calendar}). Reads for the schedule,
 * writes a whole year's plan in one transaction.
 */
public class WasteCalendarRepository implements PlanSource {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public WasteCalendarRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** For use without a Spring context (tests, tools). */
    public static WasteCalendarRepository of(DataSource dataSource) {
        return new WasteCalendarRepository(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /**
     * Replaces the plan of {@code plan.year()} in one transaction; streets and addresses are kept or added (never
     * removed), so their ids stay valid for existing subscriptions. Any failure rolls everything back.
     */
    public void replacePlan(YearPlan plan, Instant changedAt) {
        tx.executeWithoutResult(status -> new PlanWriter(jdbc).write(plan, changedAt));
    }

    // ---- reading ------------------------------------------------------------------------------------------

    @Override
    public Optional<Address> address(long addressId) {
        return jdbc.sql("""
                        SELECT a.id, a.address_key, m.name AS municipality, o.name AS ortsteil, s.name AS street,
                               a.number_from, a.number_to, a.side
                        FROM wc_address a JOIN wc_street s ON s.id = a.street_id
                        JOIN wc_ortsteil o ON o.id = s.ortsteil_id JOIN wc_municipality m ON m.id = o.municipality_id
                        WHERE a.id = ?""")
                .param(addressId)
                .query((rs, n) -> new Address(rs.getLong("id"), rs.getString("address_key"), rs.getString("municipality"),
                        rs.getString("ortsteil"), rs.getString("street"),
                        new HouseNumberRange((Integer) rs.getObject("number_from"), (Integer) rs.getObject("number_to"),
                                HouseNumberRange.Side.valueOf(rs.getString("side")))))
                .optional();
    }

    @Override
    public Optional<AddressPlan> plan(long addressId, int year) {
        Optional<Instant> changedAt = planChangedAt(year);
        if (changedAt.isEmpty()) {
            return Optional.empty();
        }
        List<TourRow> tourRows = jdbc.sql("""
                        SELECT t.id, t.tour_key, t.fraction FROM wc_assignment x JOIN wc_tour t ON t.id = x.tour_id
                        WHERE x.plan_year = ? AND x.address_id = ? ORDER BY t.fraction""")
                .params(year, addressId)
                .query((rs, n) -> new TourRow(rs.getLong(1), rs.getString(2), Fraction.valueOf(rs.getString(3))))
                .list();
        if (tourRows.isEmpty()) {
            return Optional.empty();
        }
        List<Tour> tours = new ArrayList<>();
        for (TourRow t : tourRows) {
            tours.add(new Tour(t.key(), t.fraction(), rules(t.id()), exceptions(t.id())));
        }
        Set<Long> tourIds = tourRows.stream().map(TourRow::id).collect(Collectors.toSet());
        return Optional.of(new AddressPlan(year, changedAt.get(), tours, specials(addressId, year, tourIds)));
    }

    /** When the plan of a year was last changed (DTSTAMP and Last-Modified of ICS answers). */
    public Optional<Instant> planChangedAt(int year) {
        return jdbc.sql("SELECT changed_at FROM wc_plan WHERE plan_year = ?").param(year)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** Plan years present, ascending. */
    public List<Integer> planYears() {
        return jdbc.sql("SELECT plan_year FROM wc_plan ORDER BY plan_year").query(Integer.class).list();
    }

    /** Known streets as "municipality|ortsteil|street" (for the import's unknown-street check). */
    public Set<String> knownStreets() {
        return Set.copyOf(jdbc.sql("""
                        SELECT m.name, o.name, s.name FROM wc_street s JOIN wc_ortsteil o ON o.id = s.ortsteil_id
                        JOIN wc_municipality m ON m.id = o.municipality_id""")
                .query((rs, n) -> streetKey(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }

    public static String streetKey(String municipality, String ortsteil, String street) {
        return municipality + "|" + ortsteil + "|" + street;
    }

    /** Row counts per table, for import reports and tests. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String table : List.of("wc_municipality", "wc_ortsteil", "wc_street", "wc_address", "wc_plan",
                "wc_tour", "wc_rule", "wc_exception", "wc_assignment", "wc_special")) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single());
        }
        return counts;
    }

    private List<CollectionRule> rules(long tourId) {
        return jdbc.sql("""
                        SELECT weekday, rhythm_weeks, week_parity, anchor_date, valid_from, valid_to
                        FROM wc_rule WHERE tour_id = ? ORDER BY valid_from""")
                .param(tourId)
                .query((rs, n) -> new CollectionRule(DayOfWeek.of(rs.getInt(1)), rs.getInt(2),
                        rs.getString(3) == null ? null : WeekParity.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    private List<CollectionException> exceptions(long tourId) {
        return jdbc.sql("SELECT original_date, new_date, note FROM wc_exception WHERE tour_id = ? ORDER BY original_date")
                .param(tourId)
                .query((rs, n) -> new CollectionException(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    private List<SpecialCollection> specials(long addressId, int year, Set<Long> tourIds) {
        return jdbc.sql("""
                        SELECT sp.fraction, m.name AS municipality, o.name AS ortsteil, t.tour_key, sp.tour_id,
                               sp.collection_date, sp.time_from, sp.time_to, sp.place, sp.note
                        FROM wc_special sp
                        JOIN wc_municipality m ON m.id = sp.municipality_id
                        LEFT JOIN wc_ortsteil o ON o.id = sp.ortsteil_id
                        LEFT JOIN wc_tour t ON t.id = sp.tour_id
                        JOIN wc_address a ON a.id = ?
                        JOIN wc_street s ON s.id = a.street_id
                        JOIN wc_ortsteil ao ON ao.id = s.ortsteil_id
                        WHERE sp.plan_year = ? AND sp.municipality_id = ao.municipality_id
                          AND (sp.ortsteil_id IS NULL OR sp.ortsteil_id = ao.id)
                        ORDER BY sp.collection_date, sp.time_from""")
                .params(addressId, year)
                .query((rs, n) -> {
                    long tourId = rs.getLong("tour_id");
                    if (!rs.wasNull() && !tourIds.contains(tourId)) {
                        return null; // bound to a tour this address is not on
                    }
                    return new SpecialCollection(Fraction.valueOf(rs.getString("fraction")), rs.getString("municipality"),
                            rs.getString("ortsteil"), rs.getString("tour_key"), rs.getObject("collection_date", LocalDate.class),
                            rs.getObject("time_from", LocalTime.class), rs.getObject("time_to", LocalTime.class),
                            rs.getString("place"), rs.getString("note"));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record TourRow(long id, String key, Fraction fraction) {
    }
}
