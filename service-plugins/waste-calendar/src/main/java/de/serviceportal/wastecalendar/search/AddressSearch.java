package de.serviceportal.wastecalendar.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Address type-ahead over street, Ortsteil and municipality names, insensitive to case, umlauts and ß
 * ("strasse" finds "Straße", "muhle" finds "Mühle"). A number in the query is a house number and selects the
 * matching range of a split street. Without matches it suggests the closest street names (Levenshtein).
 */
public final class AddressSearch {

    public static final int MAX_LIMIT = 50;
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^(\\d{1,5})[a-z]?$");

    private final JdbcClient jdbc;

    public AddressSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AddressSearchResult search(String q, int limit) {
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        Query query = Query.parse(q);
        if (query.words.isEmpty()) {
            return new AddressSearchResult(List.of(), List.of(), "Bitte geben Sie einen Straßennamen ein.");
        }
        List<Row> rows = candidates(query.words);
        List<AddressMatch> matches = rows.stream()
                .filter(r -> query.houseNumber == null || r.contains(query.houseNumber))
                .sorted(rank(query.words.get(0)))
                .limit(max)
                .map(Row::match)
                .toList();
        if (!matches.isEmpty()) {
            return new AddressSearchResult(matches, List.of(), null);
        }
        if (!rows.isEmpty()) {
            List<AddressMatch> ranges = rows.stream().sorted(rank(query.words.get(0))).limit(max).map(Row::match).toList();
            return new AddressSearchResult(List.of(), ranges, "Die Hausnummer " + query.houseNumber
                    + " ist für diese Straße nicht verzeichnet. Bitte wählen Sie einen der Abschnitte.");
        }
        return suggest(query, max);
    }

    private AddressSearchResult suggest(Query query, int max) {
        List<String> names = jdbc.sql("SELECT DISTINCT name FROM wc_street").query(String.class).list();
        List<String> closest = SimilarNames.closest(String.join(" ", query.words), names, 3);
        List<AddressMatch> suggestions = new ArrayList<>();
        for (String name : closest) {
            suggestions.addAll(jdbc.sql("""
                            SELECT a.id, a.label FROM wc_address a JOIN wc_street s ON s.id = a.street_id
                            WHERE s.name = ? ORDER BY a.label""")
                    .param(name).query((rs, n) -> new AddressMatch(rs.getLong(1), rs.getString(2))).list());
        }
        String message = closest.isEmpty()
                ? "Keine Straße gefunden. Bitte prüfen Sie die Schreibweise."
                : "Keine Straße mit diesem Namen gefunden. Meinten Sie: " + String.join(", ", closest) + "?";
        return new AddressSearchResult(List.of(), suggestions.stream().limit(max).toList(), message);
    }

    private List<Row> candidates(List<String> words) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.label, a.number_from, a.number_to, a.side, s.search_name
                FROM wc_address a JOIN wc_street s ON s.id = a.street_id WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        for (String w : words) {
            sql.append(" AND a.search_text LIKE ?");
            params.add("%" + w + "%"); // folded text holds only [a-z0-9 ], so no LIKE wildcards can sneak in
        }
        sql.append(" ORDER BY a.label");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Streets starting with the first word first, then word starts, then the rest; alphabetical within. */
    private static Comparator<Row> rank(String firstWord) {
        return Comparator.<Row>comparingInt(r -> r.streetName.startsWith(firstWord) ? 0
                        : r.streetName.contains(" " + firstWord) ? 1 : 2)
                .thenComparing(r -> r.label);
    }

    private record Row(long id, String label, Integer from, Integer to, String side, String streetName) {

        boolean contains(int number) {
            return new de.serviceportal.wastecalendar.model.HouseNumberRange(from, to,
                    de.serviceportal.wastecalendar.model.HouseNumberRange.Side.valueOf(side)).contains(number);
        }

        AddressMatch match() {
            return new AddressMatch(id, label);
        }
    }

    private record Query(List<String> words, Integer houseNumber) {

        static Query parse(String q) {
            List<String> words = new ArrayList<>();
            Integer number = null;
            String normalized = SearchText.normalize(q);
            for (String token : normalized.isEmpty() ? new String[0] : normalized.split(" ")) {
                Matcher m = HOUSE_NUMBER.matcher(token);
                if (m.matches() && number == null && !words.isEmpty()) {
                    number = Integer.parseInt(m.group(1));
                } else if (!token.isBlank()) {
                    words.add(token);
                }
            }
            return new Query(words, number);
        }
    }
}
