package de.serviceportal.wastecalendar.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.serviceportal.wastecalendar.testing.SampleDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class AddressSearchTest {

    static AddressSearch search;

    @BeforeAll
    static void setUp() {
        search = new AddressSearch(JdbcClient.create(SampleDatabase.create().dataSource()));
    }

    @Test
    void strasse_finds_strasse_with_sharp_s_and_lists_every_range() {
        AddressSearchResult r = search.search("gotthardstrasse", 10);
        assertThat(r.matches()).extracting(AddressMatch::label).containsExactly(
                "Gotthardstraße 1–49 (ungerade), Merseburg",
                "Gotthardstraße 2–50 (gerade), Merseburg",
                "Gotthardstraße ab 51, Merseburg");
        assertThat(r.message()).isNull();
    }

    @Test
    void umlauts_may_be_typed_plain_or_as_digraph() {
        assertThat(search.search("muhle", 10).matches()).extracting(AddressMatch::label)
                .containsExactly("An der Mühle, Beuna (Merseburg)");
        assertThat(search.search("Muehle", 10).matches()).hasSize(1);
        assertThat(search.search("AN DER MÜHLE", 10).matches()).hasSize(1);
        assertThat(search.search("mühle beuna", 10).matches()).hasSize(1);
        assertThat(search.search("mühle leuna", 10).matches()).isEmpty();
    }

    @Test
    void a_house_number_picks_the_range() {
        assertThat(search.search("Gotthardstr. 12", 10).matches()).extracting(AddressMatch::label)
                .containsExactly("Gotthardstraße 2–50 (gerade), Merseburg");
        assertThat(search.search("gotthardstraße 13a", 10).matches()).extracting(AddressMatch::label)
                .containsExactly("Gotthardstraße 1–49 (ungerade), Merseburg");
        assertThat(search.search("Gotthardstraße 77", 10).matches()).extracting(AddressMatch::label)
                .containsExactly("Gotthardstraße ab 51, Merseburg");
    }

    @Test
    void unknown_street_gets_suggestions_by_edit_distance() {
        AddressSearchResult r = search.search("Gothartstrase", 10);
        assertThat(r.matches()).isEmpty();
        assertThat(r.suggestions()).extracting(AddressMatch::label).hasSize(3)
                .allMatch(l -> l.startsWith("Gotthardstraße"));
        assertThat(r.message()).isEqualTo("Keine Straße mit diesem Namen gefunden. Meinten Sie: Gotthardstraße?");

        AddressSearchResult nothing = search.search("Zzzyxweg", 10);
        assertThat(nothing.matches()).isEmpty();
        assertThat(nothing.suggestions()).isEmpty();
        assertThat(nothing.message()).isEqualTo("Keine Straße gefunden. Bitte prüfen Sie die Schreibweise.");
    }

    @Test
    void limit_and_empty_queries() {
        assertThat(search.search("gotthard", 2).matches()).hasSize(2);
        assertThat(search.search("  ", 10).message()).isEqualTo("Bitte geben Sie einen Straßennamen ein.");
        assertThat(search.search("%", 10).matches()).isEmpty();
    }

    @Test
    void typed_prefix_with_a_typo_still_suggests() {
        assertThat(SimilarNames.closest("Gotthrd", java.util.List.of("Gotthardstraße", "Lindenweg"), 3))
                .containsExactly("Gotthardstraße");
        assertThat(SimilarNames.levenshtein("kitten", "sitting")).isEqualTo(3);
    }
}
