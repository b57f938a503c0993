package de.serviceportal.plugin;

/**
 * The plugin's own database tables. On start the portal runs Flyway once per plugin, after its own migrations,
 * with the scripts at {@code location} and the history table {@code flyway_history_<id with _ for ->}. Scripts
 * ({@code V1__create_tables.sql}, …) must run on H2 and PostgreSQL alike and should prefix their tables with the
 * plugin id.
 *
 * @param location a Flyway location, e.g. {@code classpath:db/plugins/example}
 */
public record PluginMigrations(String pluginId, String location) {

    public PluginMigrations {
        PluginIds.requireId(pluginId);
        PluginIds.requireText(location, "location");
    }

    /** The Flyway history table of this plugin, e.g. {@code flyway_history_waste_calendar}. */
    public String historyTable() {
        return "flyway_history_" + pluginId.replace('-', '_');
    }
}
