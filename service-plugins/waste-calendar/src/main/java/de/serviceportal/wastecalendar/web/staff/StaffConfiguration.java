package de.serviceportal.wastecalendar.web.staff;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import de.serviceportal.plugin.PluginPaths;
import de.serviceportal.plugin.PluginPermission;
import de.serviceportal.plugin.StaffScreen;
import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.reminders.ReminderConfiguration;

/**
 * Staff screens of the waste calendar (plan import, e-mail outbox) and the e-mail reminders; imported by
 * {@link WasteCalendarAutoConfiguration}. No constructor parameters: the portal reads the permission and screen
 * declarations early.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ReminderConfiguration.class, ImportScreen.class, OutboxScreen.class })
public class StaffConfiguration {

    public static final String MANAGE = WasteCalendarAutoConfiguration.ID + ".manage";
    static final String BASE = PluginPaths.STAFF + WasteCalendarAutoConfiguration.ID;
    public static final String IMPORT_SCREEN = BASE + "/import";
    public static final String OUTBOX_SCREEN = BASE + "/postausgang";

    @Bean
    PluginPermission wasteCalendarManage() {
        return new PluginPermission(MANAGE, "Abfallkalender verwalten (Abfuhrpläne importieren, Postausgang lesen)",
                Set.of("EDITOR", "ADMIN"));
    }

    @Bean
    StaffScreen wasteCalendarImportScreen() {
        return new StaffScreen(WasteCalendarAutoConfiguration.ID, IMPORT_SCREEN, "Abfuhrplan importieren", MANAGE);
    }

    @Bean
    StaffScreen wasteCalendarOutboxScreen() {
        return new StaffScreen(WasteCalendarAutoConfiguration.ID, OUTBOX_SCREEN,
                "Postausgang der Erinnerungen (Abfallkalender)", MANAGE);
    }
}
