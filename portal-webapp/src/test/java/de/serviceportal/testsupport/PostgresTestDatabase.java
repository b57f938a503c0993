package de.serviceportal.testsupport;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL database named on the command line for the PostgreSQL variants of tests, e.g.
 * {@code -Dportal.test.postgres-url=jdbc:postgresql://127.0.0.1:5432/portal -Dportal.test.postgres-user=postgres}.
 * Such tests are {@code @EnabledIfSystemProperty(named = PostgresTestDatabase.URL, matches = ".+")}. The database is
 * wiped (Flyway clean) first — never point this at a database you want to keep.
 */
public final class PostgresTestDatabase {

    public static final String URL = "portal.test.postgres-url";

    private PostgresTestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty(URL));
        registry.add("spring.datasource.username", () -> System.getProperty("portal.test.postgres-user", "postgres"));
        registry.add("spring.datasource.password", () -> System.getProperty("portal.test.postgres-password", ""));
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    /** Import into the test: cleans the database before migrating it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class CleanFirst {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
