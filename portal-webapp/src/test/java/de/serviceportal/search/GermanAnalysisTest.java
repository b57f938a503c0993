package de.serviceportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the German and English analysis of the index really match, on the index alone (no repository). */
class GermanAnalysisTest {

    @TempDir
    Path folder;

    PageIndex index;

    @BeforeEach
    void pages() throws IOException {
        index = PageIndex.open(folder);
        index.replaceAll(List.of(
                page("/website/a/abfall", "Abfall", "Abfall richtig trennen: Biotonne und Gelbe Tonne",
                        "Sorting waste", "Bio bin and yellow bin"),
                page("/website/a/strasse", "Straßenreinigung", "Die Straßen werden wöchentlich gereinigt",
                        null, null),
                page("/website/b/haeuser", "Häuser", "Bauanträge für Häuser und Gärten", "Houses",
                        "Building permits for houses")), "test");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static PageText page(String path, String title, String text, String titleEn, String textEn) {
        return new PageText(path, Map.of("de", title, "en", titleEn == null ? title : titleEn),
                Map.of("de", title + "\n" + text, "en", (titleEn == null ? title : titleEn) + "\n"
                        + (textEn == null ? text : textEn)));
    }

    private List<String> de(String q) throws IOException {
        return index.search(q, "de", null, 100);
    }

    @Test
    void pluralAndUmlautFindTheSingular() throws IOException {
        // GermanNormalizationFilter folds ä→a, GermanLightStemFilter strips the plural ending: Abfälle → abfall
        assertThat(de("Abfälle")).containsExactly("/website/a/abfall");
        assertThat(de("abfall")).containsExactly("/website/a/abfall");
        assertThat(de("Haus")).as("umlaut folding plus stemming: Häuser → hauser → haus")
                .containsExactly("/website/b/haeuser");
        assertThat(de("Häuser")).containsExactly("/website/b/haeuser");
        assertThat(de("Hauser")).as("umlauts are folded, so typing without them works")
                .containsExactly("/website/b/haeuser");
        assertThat(de("Garten")).containsExactly("/website/b/haeuser");
    }

    @Test
    void eszettAndCaseAreFolded() throws IOException {
        assertThat(de("STRASSE")).containsExactly("/website/a/strasse");
        assertThat(de("straße")).containsExactly("/website/a/strasse");
        assertThat(de("Straßen")).containsExactly("/website/a/strasse");
    }

    @Test
    void allWordsMustMatchAndCompoundsAreNotSplit() throws IOException {
        assertThat(de("Biotonne trennen")).containsExactly("/website/a/abfall");
        assertThat(de("Biotonne Häuser")).isEmpty();
        assertThat(de("Tonne")).as("no decompounding: Biotonne is one word").containsExactly("/website/a/abfall");
        assertThat(de("reinigung")).as("a part of Straßenreinigung alone does not match").isEmpty();
        assertThat(de("Straßenrein*")).as("but a prefix query does").containsExactly("/website/a/strasse");
        assertThat(de("die")).as("only stop words: nothing").isEmpty();
    }

    @Test
    void languageFieldsAreSearchedSeparately() throws IOException {
        assertThat(index.search("houses", "en", null, 100)).containsExactly("/website/b/haeuser");
        assertThat(index.search("house", "en", null, 100)).as("English stemming").containsExactly("/website/b/haeuser");
        assertThat(de("houses")).isEmpty();
        // a page without English text falls back to the German text in the English field
        assertThat(index.search("Straßenreinigung", "en", null, 100)).containsExactly("/website/a/strasse");
        assertThat(index.search("Abfälle", "fr", null, 100)).as("unknown language: German")
                .containsExactly("/website/a/abfall");
        assertThat(index.search("Abfälle", null, null, 100)).as("no language: German")
                .containsExactly("/website/a/abfall");
    }

    @Test
    void titlesRankFirstAndUnderPathRestricts() throws IOException {
        index.put(new PageText("/website/b/tonnen", Map.of("de", "Tonnen", "en", "Bins"),
                Map.of("de", "Tonnen", "en", "Bins")));
        index.commitChanges();
        assertThat(de("Tonne")).containsExactly("/website/b/tonnen", "/website/a/abfall");
        assertThat(index.search("Tonne", "de", "/website/a", 100)).containsExactly("/website/a/abfall");
        assertThat(index.search("Tonne", "de", "/website/a/abfall", 100)).as("strictly below").isEmpty();
    }
}
