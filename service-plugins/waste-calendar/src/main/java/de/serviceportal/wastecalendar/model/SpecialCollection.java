package de.serviceportal.wastecalendar.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A collection on an announced date: a Schadstoffmobil stop (place and time window), Weihnachtsbäume,
 * Biotonnenreinigung, Baum- und Strauchschnitt. It applies to a whole municipality, to one Ortsteil
 * ({@code ortsteil} set) or only to the addresses of one tour ({@code tourKey} set).
 */
public record SpecialCollection(Fraction fraction, String municipality, String ortsteil, String tourKey,
                                LocalDate date, LocalTime timeFrom, LocalTime timeTo, String place, String note) {

    public SpecialCollection {
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(date, "date");
        place = place == null ? "" : place.strip();
        note = note == null ? "" : note.strip();
    }

    /** German text for the citizen, e.g. "Parkplatz Markt, 10:00–11:30 Uhr". */
    public String details() {
        StringBuilder sb = new StringBuilder(place);
        if (timeFrom != null) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(timeFrom).append(timeTo != null ? "–" + timeTo : "").append(" Uhr");
        }
        if (!note.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append(". ");
            }
            sb.append(note);
        }
        return sb.toString();
    }
}
