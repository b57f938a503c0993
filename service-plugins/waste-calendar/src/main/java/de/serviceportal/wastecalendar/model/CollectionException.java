package de.serviceportal.wastecalendar.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A single planned date of a tour that the operator moved ({@code newDate} set) or cancelled ({@code newDate}
 * null). An exception is final: no holiday shift is applied on top of it.
 */
public record CollectionException(LocalDate originalDate, LocalDate newDate, String note) {

    public CollectionException {
        Objects.requireNonNull(originalDate, "originalDate");
        note = note == null ? "" : note.strip();
    }

    public boolean cancelled() {
        return newDate == null;
    }
}
