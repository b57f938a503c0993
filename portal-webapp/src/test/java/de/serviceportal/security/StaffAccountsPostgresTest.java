package de.serviceportal.security;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.serviceportal.testsupport.PostgresTestDatabase;

/**
 * The {@link StaffAccountsTest} cases once more on PostgreSQL, to prove the migration and the SQL are
 * portable.
 * Runs only when a database is named: see {@link PostgresTestDatabase}.
 */
@EnabledIfSystemProperty(named = PostgresTestDatabase.URL, matches = ".+")
@Import(PostgresTestDatabase.CleanFirst.class)
class StaffAccountsPostgresTest extends StaffAccountsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
