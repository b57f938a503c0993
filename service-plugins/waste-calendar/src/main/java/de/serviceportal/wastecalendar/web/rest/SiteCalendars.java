package de.serviceportal.wastecalendar.web.rest;

import java.util.EnumMap;
import java.util.Map;

import de.serviceportal.wastecalendar.ics.IcsCalendar;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.WasteCalendarSettings;
import de.serviceportal.wastecalendar.schedule.CollectionSchedule;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/**
 * Schedule and ICS generator for the {@code site} query parameter, by the site's holiday policy. Apps often do not
 * know the portal's sites, so without one the plugin's default policy applies (the default of the per-site setting,
 * {@code NEXT_DAY}); an unknown site is the caller's mistake (the portal's {@code SiteSettings} throws a German
 * {@link IllegalArgumentException}, answered with 400). The policy is exposed because it is part of what a calendar's
 * bytes depend on ({@link CalendarValidators}).
 */
final class SiteCalendars {

    static final HolidayShiftPolicy DEFAULT_POLICY = HolidayShiftPolicy.NEXT_DAY;

    private final WasteCalendarSettings settings;
    private final WasteCalendarRepository repository;
    private final Map<HolidayShiftPolicy, CollectionSchedule> schedules = new EnumMap<>(HolidayShiftPolicy.class);
    private final Map<HolidayShiftPolicy, IcsCalendar> calendars = new EnumMap<>(HolidayShiftPolicy.class);

    SiteCalendars(WasteCalendarSettings settings, WasteCalendarRepository repository, String calendarHost) {
        this.settings = settings;
        this.repository = repository;
        for (HolidayShiftPolicy policy : HolidayShiftPolicy.values()) {
            CollectionSchedule schedule = new CollectionSchedule(repository, policy);
            schedules.put(policy, schedule);
            calendars.put(policy, new IcsCalendar(schedule, calendarHost));
        }
    }

    HolidayShiftPolicy policy(String site) {
        return site == null ? DEFAULT_POLICY : settings.holidayPolicy(site);
    }

    CollectionSchedule schedule(HolidayShiftPolicy policy) {
        return schedules.get(policy);
    }

    IcsCalendar calendar(HolidayShiftPolicy policy) {
        return calendars.get(policy);
    }

    WasteCalendarRepository repository() {
        return repository;
    }
}
