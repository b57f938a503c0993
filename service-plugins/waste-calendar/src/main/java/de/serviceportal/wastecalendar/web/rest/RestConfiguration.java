package de.serviceportal.wastecalendar.web.rest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;

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
    CalendarValidators wasteCalendarValidators(WasteCalendarRepository repository) {
        return new CalendarValidators(repository);
    }
}
