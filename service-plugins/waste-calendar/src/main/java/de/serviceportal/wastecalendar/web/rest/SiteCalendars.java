package de.serviceportal.wastecalendar.web.rest;

import de.serviceportal.wastecalendar.ics.IcsCalendar;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.schedule.CollectionSchedule;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/**
 * Schedule and ICS generator for the {@code site} query parameter. Apps often do not know the portal's sites, so
 * without one the plugin's default holiday policy applies (the default of the per-site setting, {@code NEXT_DAY});
 * an unknown site is the caller's mistake (the portal's {@code SiteSettings} throws a German
 * {@link IllegalArgumentException}, answered with 400).
 */
final class SiteCalendars {

    static final HolidayShiftPolicy DEFAULT_POLICY = HolidayShiftPolicy.NEXT_DAY;

    private final Schedules schedules;
    private final CollectionSchedule defaultSchedule;
    private final IcsCalendar defaultCalendar;
    private final WasteCalendarRepository repository;

    SiteCalendars(Schedules schedules, WasteCalendarRepository repository, String calendarHost) {
        this.schedules = schedules;
        this.repository = repository;
        this.defaultSchedule = new CollectionSchedule(repository, DEFAULT_POLICY);
        this.defaultCalendar = new IcsCalendar(defaultSchedule, calendarHost);
    }

    CollectionSchedule schedule(String site) {
        return site == null ? defaultSchedule : schedules.schedule(site);
    }

    IcsCalendar calendar(String site) {
        return site == null ? defaultCalendar : schedules.calendar(site);
    }

    WasteCalendarRepository repository() {
        return repository;
    }
}
