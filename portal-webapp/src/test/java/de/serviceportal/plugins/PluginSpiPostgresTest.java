package de.serviceportal.plugins;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@link PluginSpiTest} cases once more on PostgreSQL: the portal's and the example plugin's migrations, the
 * settings upsert and the plugin's SQL are portable. Runs only when a database is named, e.g.
 * {@code -Dportal.test.postgres-url=jdbc:postgresql://127.0.0.1:5432/portal -Dportal.test.postgres-user=postgres}.
 * The database is wiped (Flyway clean) first — never point this at a database you want to keep.
 */
@EnabledIfSystemProperty(named = "portal.test.postgres-url", matches = ".+")
class PluginSpiPostgresTest extends PluginSpiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("portal.test.postgres-url"));
        registry.add("spring.datasource.username", () -> System.getProperty("portal.test.postgres-user", "postgres"));
        registry.add("spring.datasource.password", () -> System.getProperty("portal.test.postgres-password", ""));
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CleanDatabaseFirst {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
