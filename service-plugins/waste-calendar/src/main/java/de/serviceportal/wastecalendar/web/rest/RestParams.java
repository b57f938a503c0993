package de.serviceportal.wastecalendar.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;

/**
 * Parsing of query and path parameters with German messages. Parameters arrive as strings (not as Spring-converted
 * numbers and dates) so that a wrong value gets a message a citizen understands, not a conversion stack trace.
 */
final class RestParams {

    private RestParams() {
    }

    static long addressId(String value) {
        if (value == null || value.isBlank()) {
            throw RestException.badRequest("missingParameter", "Bitte geben Sie eine Adresse an (Parameter „address“).");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw RestException.badRequest("invalidParameter", "Die Adresse „" + value + "“ ist keine gültige Nummer.");
        }
    }

    static Address address(WasteCalendarRepository repository, long id) {
        return repository.address(id).orElseThrow(() -> RestException.notFound(
                "Die Adresse " + id + " ist nicht bekannt. Bitte suchen Sie sie erneut über die Adresssuche."));
    }

    /** ISO date {@code JJJJ-MM-TT}; {@code fallback} when the parameter is absent. */
    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RestException.badRequest("invalidParameter", "Das Datum „" + value + "“ (Parameter „" + name
                    + "“) ist ungültig. Bitte im Format JJJJ-MM-TT angeben, z. B. 2026-03-01.");
        }
    }

    /** Comma-separated fraction keys or names ({@code restabfall,gelbe-tonne}); empty = all fractions. */
    static Set<Fraction> fractions(String value) {
        Set<Fraction> fractions = EnumSet.noneOf(Fraction.class);
        if (value == null || value.isBlank()) {
            return fractions;
        }
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            fractions.add(Fraction.parse(part).orElseThrow(() -> RestException.badRequest("invalidParameter",
                    "Die Abfallart „" + part.strip() + "“ ist nicht bekannt. Möglich sind: " + fractionKeys() + ".")));
        }
        return fractions;
    }

    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw RestException.badRequest("invalidParameter",
                "Der Parameter „" + name + "“ muss eine Zahl von " + min + " bis " + max + " sein.");
    }

    private static String fractionKeys() {
        StringBuilder keys = new StringBuilder();
        for (Fraction f : Fraction.values()) {
            keys.append(keys.isEmpty() ? "" : ", ").append(f.key());
        }
        return keys.toString();
    }
}
