package de.serviceportal.wastecalendar.importer;

/**
 * @param year            the plan year; every date in the files must lie in it
 * @param dryRun          validate only, write nothing
 * @param allowNewStreets accept streets that are not yet in the street register (first import, new estates);
 *                        when false such streets are errors with a "did you mean" suggestion
 */
public record ImportOptions(int year, boolean dryRun, boolean allowNewStreets) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public ImportOptions {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("Das Jahr muss zwischen " + MIN_YEAR + " und " + MAX_YEAR + " liegen.");
        }
    }
}
