package de.serviceportal.plugins;

import de.serviceportal.testsupport.PostgresTestDatabase;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The {@link ClusterJobSchedulerTest} cases on PostgreSQL (its row locking decides the race there). Runs only when
 * a database is named ({@code -Dportal.test.postgres-url=…}, see {@link PluginSpiPostgresTest}); it is wiped first.
 */
@EnabledIfSystemProperty(named = PostgresTestDatabase.URL, matches = ".+")
class ClusterJobSchedulerPostgresTest extends ClusterJobSchedulerTest {

    @Override
    DataSource newDatabase() {
        DataSource postgres = new SimpleDriverDataSource(new org.postgresql.Driver(),
                System.getProperty(PostgresTestDatabase.URL), System.getProperty("portal.test.postgres-user", "postgres"),
                System.getProperty("portal.test.postgres-password", ""));
        Flyway flyway = Flyway.configure().dataSource(postgres).locations("classpath:db/migration").cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        return postgres;
    }
}
