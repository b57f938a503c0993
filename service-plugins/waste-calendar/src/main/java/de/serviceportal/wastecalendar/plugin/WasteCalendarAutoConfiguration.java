package de.serviceportal.wastecalendar.plugin;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import de.serviceportal.plugin.PluginMigrations;
import de.serviceportal.plugin.PluginSettings;
import de.serviceportal.plugin.ServicePlugin;
import de.serviceportal.plugin.SettingDefinition;
import de.serviceportal.plugin.SiteSettings;
import de.serviceportal.wastecalendar.importer.PlanImporter;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.search.AddressSearch;
import de.serviceportal.wastecalendar.web.citizen.CitizenConfiguration;
import de.serviceportal.wastecalendar.web.rest.RestConfiguration;
import de.serviceportal.wastecalendar.web.staff.StaffConfiguration;

/**
 * The waste-collection calendar as a portal plugin (listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}).
 */
@AutoConfiguration
@Import({ RestConfiguration.class, CitizenConfiguration.class, StaffConfiguration.class })
public class WasteCalendarAutoConfiguration {

    /** Plugin id: light-module name, REST path segment ({@code /.rest/waste-calendar/v1}), settings key. */
    public static final String ID = "waste-calendar";

    /** The time zone collection days, reminder times and staff timestamps are in. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Berlin");

    @Bean
    ServicePlugin wasteCalendarPlugin() {
        return new ServicePlugin(ID, "Abfallkalender",
                "Abholtermine je Adresse mit Feiertagsverschiebung, Kalender-Abo (ICS), Erinnerungen und Import "
                        + "der Tourenpläne des Entsorgers.");
    }

    @Bean
    PluginMigrations wasteCalendarMigrations() {
        return new PluginMigrations(ID, "classpath:db/plugins/waste-calendar");
    }

    @Bean
    PluginSettings wasteCalendarSettings() {
        return PluginSettings.of(ID,
                SettingDefinition.choice(WasteCalendarSettings.HOLIDAY_POLICY, "Feiertagsverschiebung",
                        "NEXT_DAY", "NEXT_DAY", "EARLIER"),
                SettingDefinition.bool(WasteCalendarSettings.REMINDERS_OFFERED, "Erinnerungen per E-Mail anbieten",
                        true));
    }

    @Bean
    WasteCalendarRepository wasteCalendarRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new WasteCalendarRepository(jdbc, transactions);
    }

    @Bean
    WasteCalendarSettings wasteCalendarSiteSettings(SiteSettings settings) {
        return new WasteCalendarSettings(settings);
    }

    @Bean
    Schedules wasteCalendarSchedules(WasteCalendarRepository repository, WasteCalendarSettings settings,
            @Value("${portal.waste-calendar.calendar-host:serviceportal.saalekreis.example}") String calendarHost) {
        return new Schedules(repository, settings, calendarHost);
    }

    @Bean
    AddressSearch wasteCalendarAddressSearch(JdbcClient jdbc) {
        return new AddressSearch(jdbc);
    }

    @Bean
    PlanImporter wasteCalendarPlanImporter(WasteCalendarRepository repository) {
        return new PlanImporter(repository, Clock.systemUTC());
    }

    @Bean
    DemoPlan wasteCalendarDemoPlan(WasteCalendarRepository repository, PlanImporter importer,
            @Value("${portal.waste-calendar.demo-data:true}") boolean enabled) {
        return new DemoPlan(repository, importer, enabled);
    }
}
