package de.serviceportal.plugins;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

import de.serviceportal.plugin.PluginMigrations;

/**
 * Runs each plugin's Flyway migrations after the portal's own, one Flyway per plugin with a history table of its
 * own, so plugins can be added, updated and removed independently. Registered as a database initializer
 * ({@link PluginMigrationsDetector}): beans using the database wait for it.
 *
 * <p>Takes only the {@link PluginMigrations} records (no catalog, no plugin services), because it runs before
 * anything that touches the database may be created.
 */
@Component
public class PluginMigrator implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(PluginMigrator.class);

    private final ObjectProvider<Flyway> coreFlyway;
    private final ObjectProvider<FlywayMigrationInitializer> coreMigration;
    private final List<PluginMigrations> migrations;
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    PluginMigrator(ObjectProvider<Flyway> coreFlyway, ObjectProvider<FlywayMigrationInitializer> coreMigration,
            List<PluginMigrations> migrations) {
        this.coreFlyway = coreFlyway;
        this.coreMigration = coreMigration;
        this.migrations = migrations;
    }

    @Override
    public void afterPropertiesSet() {
        coreMigration.getIfAvailable(); // the portal's tables first
        Flyway core = coreFlyway.getIfAvailable();
        if (core == null) {
            if (!migrations.isEmpty()) {
                LOG.warn("Flyway is disabled: the migrations of {} plugin(s) are not run", migrations.size());
            }
            return;
        }
        for (PluginMigrations migration : migrations) {
            Flyway flyway = flyway(core, migration);
            int applied = flyway.migrate().migrationsExecuted;
            MigrationInfo current = flyway.info().current();
            String version = current == null || current.getVersion() == null ? "–" : current.getVersion().toString();
            versions.put(migration.pluginId() + "|" + migration.location(), version);
            LOG.info("Plugin {}: {} migration(s) applied from {}, schema version {}", migration.pluginId(), applied,
                    migration.location(), version);
        }
    }

    /**
     * The portal's Flyway settings (data source, schemas, …) with the plugin's location and history table. The
     * database already holds the portal's tables, so the plugin's history starts below its first version.
     */
    static Flyway flyway(Flyway core, PluginMigrations migration) {
        return Flyway.configure(core.getConfiguration().getClassLoader())
                .configuration(core.getConfiguration())
                .locations(migration.location())
                .table(migration.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("before " + migration.pluginId())
                .load();
    }

    /** The schema version after start, e.g. {@code 1}, for the admin overview. */
    String version(PluginMigrations migration) {
        return versions.getOrDefault(migration.pluginId() + "|" + migration.location(), "–");
    }
}
