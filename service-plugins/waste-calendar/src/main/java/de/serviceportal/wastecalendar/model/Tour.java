package de.serviceportal.wastecalendar.model;

import java.util.List;
import java.util.Objects;

/** A collection district ("Tour") of one fraction with its rules and single-date exceptions. */
public record Tour(String key, Fraction fraction, List<CollectionRule> rules, List<CollectionException> exceptions) {

    public Tour {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fraction, "fraction");
        rules = List.copyOf(rules);
        exceptions = List.copyOf(exceptions);
    }
}
