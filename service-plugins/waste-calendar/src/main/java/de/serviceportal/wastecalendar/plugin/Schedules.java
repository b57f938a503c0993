package de.serviceportal.wastecalendar.plugin;

import java.util.EnumMap;
import java.util.Map;

import de.serviceportal.wastecalendar.ics.IcsCalendar;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.schedule.CollectionSchedule;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/**
 * The collection schedule and ICS generator by holiday-shift policy, and the policy of a site. Apps often do not
 * know the portal's sites, so without a site the default policy applies (the per-site setting's default); an unknown
 * site is the caller's mistake ({@code SiteSettings} throws a German {@link IllegalArgumentException}).
 */
public final class Schedules {

    public static final HolidayShiftPolicy DEFAULT_POLICY = HolidayShiftPolicy.NEXT_DAY;

    private final WasteCalendarRepository repository;
    private final WasteCalendarSettings settings;
    private final Map<HolidayShiftPolicy, CollectionSchedule> schedules = new EnumMap<>(HolidayShiftPolicy.class);
    private final Map<HolidayShiftPolicy, IcsCalendar> calendars = new EnumMap<>(HolidayShiftPolicy.class);

    Schedules(WasteCalendarRepository repository, WasteCalendarSettings settings, String calendarHost) {
        this.repository = repository;
        this.settings = settings;
        for (HolidayShiftPolicy policy : HolidayShiftPolicy.values()) {
            CollectionSchedule schedule = new CollectionSchedule(repository, policy);
            schedules.put(policy, schedule);
            calendars.put(policy, new IcsCalendar(schedule, calendarHost));
        }
    }

    /** The site's policy; {@link #DEFAULT_POLICY} when no site is given. */
    public HolidayShiftPolicy policy(String site) {
        return site == null ? DEFAULT_POLICY : settings.holidayPolicy(site);
    }

    public CollectionSchedule schedule(String site) {
        return schedule(policy(site));
    }

    public IcsCalendar calendar(String site) {
        return calendar(policy(site));
    }

    public CollectionSchedule schedule(HolidayShiftPolicy policy) {
        return schedules.get(policy);
    }

    public IcsCalendar calendar(HolidayShiftPolicy policy) {
        return calendars.get(policy);
    }

    public WasteCalendarRepository repository() {
        return repository;
    }
}
