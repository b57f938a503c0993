package de.serviceportal.plugin;

/**
 * Names an installed plugin. Each plugin's auto-configuration registers exactly one such bean; all other beans of
 * the plugin refer to it by {@link #id()}.
 *
 * @param id          lower case, digits and hyphens, e.g. {@code waste-calendar}; it is the plugin's light-module
 *                    name, its REST and staff-screen path segment and the suffix of its Flyway history table
 * @param title       German name shown to staff, e.g. „Abfallkalender“
 * @param description one German sentence on what the plugin offers
 */
public record ServicePlugin(String id, String title, String description) {

    public ServicePlugin {
        PluginIds.requireId(id);
        PluginIds.requireText(title, "title");
        description = description == null ? "" : description;
    }
}
