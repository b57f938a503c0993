package de.serviceportal.wastecalendar.web.citizen;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.plugin.ComponentModel;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.plugin.WasteCalendarSettings;
import de.serviceportal.wastecalendar.search.AddressSearch;

/** The citizen side: the component model of "Abfallkalender" and the PDF download. */
@Configuration(proxyBeanMethods = false)
@Import(YearPdfController.class)
public class CitizenConfiguration {

    /** Collections are local dates in Sachsen-Anhalt, whatever the server's time zone. */
    static final ZoneId ZONE = WasteCalendarAutoConfiguration.TIME_ZONE;

    @Bean
    AddressDirectory wasteCalendarAddressDirectory(JdbcClient jdbc) {
        return new AddressDirectory(jdbc);
    }

    @Bean
    ComponentModel wasteCalendarComponentModel(AddressDirectory directory, AddressSearch search, Schedules schedules,
            WasteCalendarRepository repository, WasteCalendarSettings settings) {
        return new CalendarComponentModel(directory, search, schedules, repository, settings, Clock.system(ZONE));
    }
}
