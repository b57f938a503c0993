package de.serviceportal.wastecalendar.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching so that citizens need neither umlauts nor ß: "Mühle", "Muehle" and "muhle" all become
 * "muhle", "Straße" and "strasse" become "strasse". Stored texts and queries go through the same folding.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.GERMAN).replace("ß", "ss");
        // "ae/oe/ue" are the typewriter spelling of umlauts; folding both to the base letter makes them match
        s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", " ").strip();
        return s;
    }
}
