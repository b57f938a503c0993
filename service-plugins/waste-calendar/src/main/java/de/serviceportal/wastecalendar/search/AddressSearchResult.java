package de.serviceportal.wastecalendar.search;

import java.util.List;

/**
 * Type-ahead answer. {@code matches} fit the query; if there are none, {@code suggestions} offer the closest
 * streets (typos) or the existing ranges of the street (unknown house number), and {@code message} says so in
 * German.
 */
public record AddressSearchResult(List<AddressMatch> matches, List<AddressMatch> suggestions, String message) {

    public AddressSearchResult {
        matches = List.copyOf(matches);
        suggestions = List.copyOf(suggestions);
    }
}
