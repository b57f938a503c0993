package de.serviceportal.plugins;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.serviceportal.plugin.PluginMigrations;
import de.serviceportal.plugin.ServicePlugin;
import de.serviceportal.plugin.StaffScreen;

/**
 * The installed plugins and what they declare, checked on start: an inconsistent plugin (a screen of an unknown
 * plugin, two plugins with one id) stops the portal with a message naming it rather than half-working.
 */
@Component
public class PluginCatalog {

    private final Map<String, ServicePlugin> plugins = new LinkedHashMap<>();
    private final List<StaffScreen> screens;
    private final List<PluginMigrations> migrations;

    PluginCatalog(List<ServicePlugin> plugins, List<StaffScreen> screens, List<PluginMigrations> migrations) {
        plugins.stream().sorted(java.util.Comparator.comparing(ServicePlugin::id)).forEach(plugin -> {
            if (this.plugins.putIfAbsent(plugin.id(), plugin) != null) {
                throw new IllegalStateException("Two ServicePlugin beans have the id " + plugin.id()
                        + " (each plugin registers exactly one)");
            }
        });
        this.screens = screens.stream().sorted(java.util.Comparator.comparing(StaffScreen::path)).toList();
        this.migrations = List.copyOf(migrations);
        for (StaffScreen screen : screens) {
            requirePlugin(screen.pluginId(), "staff screen " + screen.path());
        }
        if (screens.stream().map(StaffScreen::path).distinct().count() != screens.size()) {
            throw new IllegalStateException("Two staff screens have the same path");
        }
        for (PluginMigrations migration : migrations) {
            requirePlugin(migration.pluginId(), "migrations at " + migration.location());
        }
    }

    private void requirePlugin(String id, String what) {
        if (!plugins.containsKey(id)) {
            throw new IllegalStateException("The " + what + " belongs to the plugin '" + id
                    + "', but no ServicePlugin bean has that id");
        }
    }

    public Collection<ServicePlugin> plugins() {
        return plugins.values();
    }

    public Optional<ServicePlugin> find(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    public List<StaffScreen> screens() {
        return screens;
    }

    public List<StaffScreen> screens(String pluginId) {
        return screens.stream().filter(s -> s.pluginId().equals(pluginId)).toList();
    }

    public List<PluginMigrations> migrations(String pluginId) {
        return migrations.stream().filter(m -> m.pluginId().equals(pluginId)).toList();
    }
}
