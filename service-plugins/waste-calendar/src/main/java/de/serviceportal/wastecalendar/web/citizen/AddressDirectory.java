package de.serviceportal.wastecalendar.web.citizen;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import de.serviceportal.wastecalendar.model.HouseNumberRange;

/**
 * The address hierarchy for the step-by-step selection (municipality → Ortsteil → street → house number). The
 * domain core only offers free-text search; a select list needs the levels one by one.
 */
final class AddressDirectory {

    /** One entry of a select list. */
    record Choice(long id, String name) {
    }

    private final JdbcClient jdbc;

    AddressDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Choice> municipalities() {
        return jdbc.sql("SELECT id, name FROM wc_municipality ORDER BY name")
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    /** The core town (Ortsteil named like the municipality) first, then the others alphabetically. */
    List<Choice> ortsteile(long municipalityId) {
        return jdbc.sql("""
                        SELECT o.id, o.name FROM wc_ortsteil o JOIN wc_municipality m ON m.id = o.municipality_id
                        WHERE m.id = ? ORDER BY CASE WHEN o.name = m.name THEN 0 ELSE 1 END, o.name""")
                .param(municipalityId).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    List<Choice> streets(long ortsteilId) {
        return jdbc.sql("SELECT id, name FROM wc_street WHERE ortsteil_id = ? ORDER BY name")
                .param(ortsteilId).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    /** The selectable addresses of a street: one for an unsplit street, else one per house-number range. */
    List<Section> sections(long streetId) {
        return jdbc.sql("""
                        SELECT id, number_from, number_to, side, label FROM wc_address WHERE street_id = ?
                        ORDER BY COALESCE(number_from, 0), side""")
                .param(streetId)
                .query((rs, n) -> new Section(rs.getLong(1), new HouseNumberRange((Integer) rs.getObject(2),
                        (Integer) rs.getObject(3), HouseNumberRange.Side.valueOf(rs.getString(4))), rs.getString(5)))
                .list();
    }

    /** Where an address lies, to show the steps already taken when a visitor comes with {@code ?address=}. */
    Optional<Path> path(long addressId) {
        return jdbc.sql("""
                        SELECT m.id, o.id, s.id FROM wc_address a JOIN wc_street s ON s.id = a.street_id
                        JOIN wc_ortsteil o ON o.id = s.ortsteil_id JOIN wc_municipality m ON m.id = o.municipality_id
                        WHERE a.id = ?""")
                .param(addressId).query((rs, n) -> new Path(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    Optional<Long> municipalityByName(String name) {
        return jdbc.sql("SELECT id FROM wc_municipality WHERE LOWER(name) = LOWER(?)").param(name.strip())
                .query(Long.class).optional();
    }

    record Section(long addressId, HouseNumberRange range, String label) {

        /** The range in words, e.g. "1–49 (ungerade)"; "alle Hausnummern" for an unsplit street. */
        String rangeLabel() {
            return range.isWholeStreet() ? "alle Hausnummern" : range.label();
        }
    }

    record Path(long municipality, long ortsteil, long street) {
    }
}
