package de.serviceportal.wastecalendar.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A waste fraction. The four regular fractions are collected by rules; the specials have explicit dates.
 *
 * <p>{@code colour} is meant as a background with {@code textColour} on top; every pair has a WCAG contrast
 * ratio of at least 4.5:1 (checked by a test), so labels stay readable at AA level.
 */
public enum Fraction {
    RESTABFALL("Restabfall", "#3D3D3D", "#FFFFFF", "bin-black", true, "Restmüll", "Hausmüll", "Restabfalltonne"),
    BIOABFALL("Bioabfall", "#6B4226", "#FFFFFF", "bin-brown", true, "Biotonne", "Bio", "Biomüll"),
    GELBE_TONNE("Gelbe Tonne", "#FFD400", "#1A1A1A", "bin-yellow", true,
            "Leichtverpackungen", "LVP", "Gelber Sack", "Gelbe Tonne (Leichtverpackungen)", "Wertstoffe"),
    PAPIER("Blaue Tonne", "#0B5394", "#FFFFFF", "bin-blue", true,
            "Papier", "Papiertonne", "Altpapier", "PPK", "Blaue Tonne (Papier)"),
    SCHADSTOFFMOBIL("Schadstoffmobil", "#B3261E", "#FFFFFF", "truck-hazard", false, "Schadstoffe", "Problemabfall"),
    WEIHNACHTSBAEUME("Weihnachtsbäume", "#1E5631", "#FFFFFF", "tree-fir", false, "Weihnachtsbaum", "Tannenbäume"),
    BIOTONNENREINIGUNG("Biotonnenreinigung", "#00695C", "#FFFFFF", "bin-wash", false, "Biotonnen-Reinigung"),
    BAUM_STRAUCHSCHNITT("Baum- und Strauchschnitt", "#4B5E20", "#FFFFFF", "branches", false,
            "Baumschnitt", "Strauchschnitt", "Grünschnitt");

    private final String displayName;
    private final String colour;
    private final String textColour;
    private final String icon;
    private final boolean regular;
    private final List<String> aliases;

    Fraction(String displayName, String colour, String textColour, String icon, boolean regular, String... aliases) {
        this.displayName = displayName;
        this.colour = colour;
        this.textColour = textColour;
        this.icon = icon;
        this.regular = regular;
        this.aliases = List.of(aliases);
    }

    /** German name shown to citizens, also the ICS SUMMARY. */
    public String displayName() {
        return displayName;
    }

    /** Background colour as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    /** Text colour to put on {@link #colour()}. */
    public String textColour() {
        return textColour;
    }

    /** Icon name from the portal's icon set. */
    public String icon() {
        return icon;
    }

    /** Collected by weekday rules (true) or on announced dates only (false). */
    public boolean regular() {
        return regular;
    }

    /** Stable, URL- and UID-safe key, e.g. {@code gelbe-tonne}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<Fraction> regularFractions() {
        return Arrays.stream(values()).filter(Fraction::regular).toList();
    }

    /**
     * Finds a fraction by its German name, an alias used by disposal companies, its key or its enum name
     * (case-insensitive), so operators' files need no exact spelling.
     */
    public static Optional<Fraction> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Fraction f : values()) {
            if (f.displayName.equalsIgnoreCase(t) || f.name().equalsIgnoreCase(t) || f.key().equalsIgnoreCase(t)
                    || f.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(t))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
