package de.serviceportal.example;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.serviceportal.plugin.ClusterJob;
import de.serviceportal.plugin.ComponentModel;
import de.serviceportal.plugin.PluginMigrations;
import de.serviceportal.plugin.PluginPaths;
import de.serviceportal.plugin.PluginPermission;
import de.serviceportal.plugin.PluginSettings;
import de.serviceportal.plugin.ServicePlugin;
import de.serviceportal.plugin.SettingDefinition;
import de.serviceportal.plugin.SiteSettings;
import de.serviceportal.plugin.StaffScreen;

/**
 * Everything the example plugin brings, registered through Boot auto-configuration (listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}). The class has no
 * constructor dependencies, so the portal can read the plain declarations (plugin, migrations, …) early without
 * pulling in the database.
 */
@AutoConfiguration
@Import({ GreetingController.class, PublishedLogScreen.class })
public class ExampleAutoConfiguration {

    /** The plugin id: light-module name, REST and staff-screen path segment, table prefix. */
    public static final String ID = "example";
    public static final String MANAGE = ID + ".manage";
    public static final String LOG_SCREEN = PluginPaths.STAFF + ID + "/veroeffentlichungen";

    @Bean
    ServicePlugin examplePlugin() {
        return new ServicePlugin(ID, "Beispiel-Dienst",
                "Zeigt, wie ein Dienst das Portal erweitert: Hallo-Komponente, Schnittstelle, Arbeitsbereich.");
    }

    @Bean
    PluginSettings exampleSettings() {
        return PluginSettings.of(ID,
                SettingDefinition.text(Greetings.SALUTATION, "Begrüßungswort", "Hallo"),
                SettingDefinition.bool(Greetings.SHOW_SITE, "Namen der Site nennen", true),
                SettingDefinition.number(Greetings.MAX_NAME_LENGTH, "Höchstlänge des Namens", 40),
                SettingDefinition.choice(Greetings.STYLE, "Darstellung", "schlicht", "schlicht", "hervorgehoben"));
    }

    @Bean
    PluginMigrations exampleMigrations() {
        return new PluginMigrations(ID, "classpath:db/plugins/example");
    }

    @Bean
    PluginPermission exampleManage() {
        return new PluginPermission(MANAGE, "Arbeitsbereich des Beispiel-Dienstes öffnen", Set.of("EDITOR", "ADMIN"));
    }

    @Bean
    StaffScreen examplePublishedScreen() {
        return new StaffScreen(ID, LOG_SCREEN, "Zuletzt veröffentlicht (Beispiel-Dienst)", MANAGE);
    }

    @Bean
    Greetings exampleGreetings(SiteSettings settings) {
        return new Greetings(settings);
    }

    @Bean
    ComponentModel exampleHelloModel(Greetings greetings) {
        return new HelloComponentModel(greetings);
    }

    @Bean
    PublishedLog examplePublishedLog(JdbcClient jdbc) {
        return new PublishedLog(jdbc);
    }

    /** Once a night, on one node of the cluster: forget publications older than 30 days. */
    @Bean
    ClusterJob exampleCleanup(PublishedLog log) {
        return ClusterJob.cron(ID + ".cleanup", "0 15 3 * * *", () -> log.deleteOlderThan(PublishedLog.KEEP));
    }
}
