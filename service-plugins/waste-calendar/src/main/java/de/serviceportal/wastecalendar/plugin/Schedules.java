package de.serviceportal.wastecalendar.plugin;

import java.util.EnumMap;
import java.util.Map;

import de.serviceportal.wastecalendar.ics.IcsCalendar;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.schedule.CollectionSchedule;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/** The collection schedule and ICS generator of a site, by its holiday-shift policy. */
public final class Schedules {

    private final WasteCalendarSettings settings;
    private final Map<HolidayShiftPolicy, CollectionSchedule> schedules = new EnumMap<>(HolidayShiftPolicy.class);
    private final Map<HolidayShiftPolicy, IcsCalendar> calendars = new EnumMap<>(HolidayShiftPolicy.class);

    Schedules(WasteCalendarRepository repository, WasteCalendarSettings settings, String calendarHost) {
        this.settings = settings;
        for (HolidayShiftPolicy policy : HolidayShiftPolicy.values()) {
            CollectionSchedule schedule = new CollectionSchedule(repository, policy);
            schedules.put(policy, schedule);
            calendars.put(policy, new IcsCalendar(schedule, calendarHost));
        }
    }

    public CollectionSchedule schedule(String site) {
        return schedules.get(settings.holidayPolicy(site));
    }

    public IcsCalendar calendar(String site) {
        return calendars.get(settings.holidayPolicy(site));
    }
}
