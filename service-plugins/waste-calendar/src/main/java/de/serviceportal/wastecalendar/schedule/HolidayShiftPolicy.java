package de.serviceportal.wastecalendar.schedule;

/**
 * How collections move around public holidays (configurable per operator).
 *
 * <ul>
 *   <li>{@link #NEXT_DAY}: a collection on a holiday and all later collections of that week move one day
 *   later (Friday's to Saturday). Each further holiday in the week adds a day. A collection that finds no free
 *   day left in its week (Saturday is a holiday or already used) goes to the next free working day after the
 *   week, without shifting the following week.</li>
 *   <li>{@link #EARLIER}: only a collection on a holiday moves, to the previous working day (Monday–Saturday,
 *   not a holiday); the rest of the week stays.</li>
 * </ul>
 */
public enum HolidayShiftPolicy {
    NEXT_DAY,
    EARLIER
}
