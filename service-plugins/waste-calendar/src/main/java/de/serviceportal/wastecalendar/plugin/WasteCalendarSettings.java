package de.serviceportal.wastecalendar.plugin;

import de.serviceportal.plugin.SiteSettings;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/** The plugin's settings per site, typed. */
public final class WasteCalendarSettings {

    static final String HOLIDAY_POLICY = "holidayPolicy";
    static final String REMINDERS_OFFERED = "remindersOffered";

    private final SiteSettings settings;

    WasteCalendarSettings(SiteSettings settings) {
        this.settings = settings;
    }

    public HolidayShiftPolicy holidayPolicy(String site) {
        return HolidayShiftPolicy.valueOf(settings.get(site, WasteCalendarAutoConfiguration.ID, HOLIDAY_POLICY));
    }

    public boolean remindersOffered(String site) {
        return Boolean.parseBoolean(settings.get(site, WasteCalendarAutoConfiguration.ID, REMINDERS_OFFERED));
    }
}
