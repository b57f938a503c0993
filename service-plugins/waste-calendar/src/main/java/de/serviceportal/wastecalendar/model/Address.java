package de.serviceportal.wastecalendar.model;

/**
 * A selectable address: a street, or one house-number range of a split street. {@code id} is the database
 * id used in URLs; {@code key} is the natural key (stable across re-imports and databases) used in ICS UIDs.
 */
public record Address(long id, String key, String municipality, String ortsteil, String street,
                      HouseNumberRange range) {

    /** German label, e.g. "Gotthardstraße 1–49 (ungerade), Merseburg" or "Dorfstraße, Beuna (Merseburg)". */
    public String label() {
        return label(municipality, ortsteil, street, range);
    }

    public static String label(String municipality, String ortsteil, String street, HouseNumberRange range) {
        String numbers = range.label();
        String place = ortsteil == null || ortsteil.equals(municipality) ? municipality
                : ortsteil + " (" + municipality + ")";
        return street + (numbers.isEmpty() ? "" : " " + numbers) + ", " + place;
    }
}
