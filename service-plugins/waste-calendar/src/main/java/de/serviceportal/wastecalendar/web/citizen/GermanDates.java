package de.serviceportal.wastecalendar.web.citizen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German date texts for citizens, independent of the server's default locale. */
final class GermanDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EE, dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN);

    private GermanDates() {
    }

    /** "Montag, 7. Dezember 2026". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Mo., 07.12.2026" (tables in the PDF). */
    static String shortDay(LocalDate date) {
        return SHORT.format(date);
    }

    /** "Dezember 2026". */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
