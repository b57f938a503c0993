package de.serviceportal.wastecalendar.model;

import java.text.Normalizer;
import java.util.Locale;

/** Natural keys for addresses: ASCII slugs that survive re-imports, e.g. {@code merseburg-beuna-dorfstrasse-1-49-u}. */
public final class Keys {

    private Keys() {
    }

    public static String slug(String text) {
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public static String addressKey(String municipality, String ortsteil, String street, HouseNumberRange range) {
        String key = slug(municipality) + "-" + slug(ortsteil) + "-" + slug(street);
        return range.isWholeStreet() ? key : key + "-" + range.key();
    }
}
