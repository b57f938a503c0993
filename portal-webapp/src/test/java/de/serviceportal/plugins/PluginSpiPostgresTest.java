package de.serviceportal.plugins;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.serviceportal.testsupport.PostgresTestDatabase;

/**
 * The {@link PluginSpiTest} cases once more on PostgreSQL: the portal's and the example plugin's migrations, the
 * settings upsert and the plugin's SQL are portable.
 * Runs only when a database is named: see {@link PostgresTestDatabase}.
 */
@EnabledIfSystemProperty(named = PostgresTestDatabase.URL, matches = ".+")
@Import(PostgresTestDatabase.CleanFirst.class)
class PluginSpiPostgresTest extends PluginSpiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
