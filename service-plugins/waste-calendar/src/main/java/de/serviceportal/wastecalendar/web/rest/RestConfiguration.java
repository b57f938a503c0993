package de.serviceportal.wastecalendar.web.rest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.WasteCalendarSettings;

/**
 * The plugin's public REST interface under {@code /.rest/waste-calendar/v1}: address search and collection dates
 * as JSON for apps, and the ICS calendar (download and {@code webcal:} subscription). Imported by the plugin's
 * auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
@Import({ AddressController.class, CollectionController.class, CalendarController.class, RestErrors.class })
public class RestConfiguration {

    /** Base path of every endpoint here. */
    static final String BASE = "/.rest/waste-calendar/v1";

    @Bean
    SiteCalendars wasteCalendarSiteCalendars(WasteCalendarSettings settings, WasteCalendarRepository repository,
            @Value("${portal.waste-calendar.calendar-host:serviceportal.saalekreis.example}") String calendarHost) {
        return new SiteCalendars(settings, repository, calendarHost);
    }

    @Bean
    CalendarValidators wasteCalendarValidators(WasteCalendarRepository repository) {
        return new CalendarValidators(repository);
    }
}
