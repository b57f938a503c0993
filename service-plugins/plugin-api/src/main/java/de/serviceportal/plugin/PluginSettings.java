package de.serviceportal.plugin;

import java.util.List;

/** All per-site settings of one plugin, in the order the settings form shows them. One bean per plugin. */
public record PluginSettings(String pluginId, List<SettingDefinition> definitions) {

    public PluginSettings {
        PluginIds.requireId(pluginId);
        definitions = List.copyOf(definitions);
        if (definitions.stream().map(SettingDefinition::key).distinct().count() != definitions.size()) {
            throw new IllegalArgumentException("Plugin " + pluginId + " defines a setting key twice");
        }
    }

    public static PluginSettings of(String pluginId, SettingDefinition... definitions) {
        return new PluginSettings(pluginId, List.of(definitions));
    }
}
