package de.serviceportal.wastecalendar.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Statutory public holidays of Sachsen-Anhalt (FeiertG LSA), with the moving ones derived from Easter. */
public final class SaxonyAnhaltHolidays {

    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private SaxonyAnhaltHolidays() {
    }

    /** Date → German name, in date order. */
    public static Map<LocalDate, String> of(int year) {
        return CACHE.computeIfAbsent(year, SaxonyAnhaltHolidays::compute);
    }

    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> h = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        h.put(MonthDay.of(1, 1).atYear(year), "Neujahr");
        h.put(MonthDay.of(1, 6).atYear(year), "Heilige Drei Könige");
        h.put(easter.minusDays(2), "Karfreitag");
        h.put(easter.plusDays(1), "Ostermontag");
        h.put(MonthDay.of(5, 1).atYear(year), "Tag der Arbeit");
        h.put(easter.plusDays(39), "Christi Himmelfahrt");
        h.put(easter.plusDays(50), "Pfingstmontag");
        h.put(MonthDay.of(10, 3).atYear(year), "Tag der Deutschen Einheit");
        h.put(MonthDay.of(10, 31).atYear(year), "Reformationstag");
        h.put(MonthDay.of(12, 25).atYear(year), "1. Weihnachtstag");
        h.put(MonthDay.of(12, 26).atYear(year), "2. Weihnachtstag");
        return java.util.Collections.unmodifiableMap(h);
    }

    /** Easter Sunday by the Gregorian computus (anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
