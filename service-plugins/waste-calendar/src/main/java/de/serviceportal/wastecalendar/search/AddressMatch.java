package de.serviceportal.wastecalendar.search;

/** An address for selection lists: id for URLs, German label for people. */
public record AddressMatch(long id, String label) {
}
