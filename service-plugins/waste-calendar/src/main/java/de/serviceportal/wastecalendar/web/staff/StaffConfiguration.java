package de.serviceportal.wastecalendar.web.staff;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import de.serviceportal.plugin.PluginPaths;
import de.serviceportal.plugin.PluginPermission;
import de.serviceportal.plugin.StaffScreen;
import de.serviceportal.wastecalendar.persistence.PlanEditor;
import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.reminders.ReminderConfiguration;

/**
 * Staff screens of the waste calendar (plan import, editing tours and streets, e-mail outbox) and the e-mail reminders; imported by
 * {@link WasteCalendarAutoConfiguration}. No constructor parameters: the portal reads the permission and screen
 * declarations early.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ReminderConfiguration.class, ImportScreen.class, OutboxScreen.class, TourScreen.class,
        StreetScreen.class })
public class StaffConfiguration {

    public static final String MANAGE = WasteCalendarAutoConfiguration.ID + ".manage";
    static final String BASE = PluginPaths.STAFF + WasteCalendarAutoConfiguration.ID;
    public static final String IMPORT_SCREEN = BASE + "/import";
    public static final String OUTBOX_SCREEN = BASE + "/postausgang";
    public static final String TOURS_SCREEN = BASE + "/touren";
    public static final String STREETS_SCREEN = BASE + "/strassen";

    @Bean
    PluginPermission wasteCalendarManage() {
        return new PluginPermission(MANAGE, "Abfallkalender verwalten (Abfuhrpläne importieren und bearbeiten, Postausgang lesen)",
                Set.of("EDITOR", "ADMIN"));
    }

    @Bean
    PlanEditor wasteCalendarPlanEditor(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new PlanEditor(jdbc, transactions);
    }

    @Bean
    StaffScreen wasteCalendarToursScreen() {
        return new StaffScreen(WasteCalendarAutoConfiguration.ID, TOURS_SCREEN,
                "Touren, Regeln und Ausnahmen (Abfallkalender)", MANAGE);
    }

    @Bean
    StaffScreen wasteCalendarStreetsScreen() {
        return new StaffScreen(WasteCalendarAutoConfiguration.ID, STREETS_SCREEN,
                "Straßen und ihre Touren (Abfallkalender)", MANAGE);
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
