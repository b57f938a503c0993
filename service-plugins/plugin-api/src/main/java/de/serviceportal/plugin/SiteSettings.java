package de.serviceportal.plugin;

import java.util.Map;

/**
 * The per-site values of the {@linkplain PluginSettings settings} plugins define. The portal provides this bean;
 * values live in the portal's database and are the same on every node. Reads are cheap (one indexed query) but not
 * cached: call it per request rather than keeping values in fields.
 *
 * <p>Sites are named as in {@code sites/<name>.yaml}, e.g. {@code merseburg}. An unknown site, plugin or key is a
 * programming error and throws {@link IllegalArgumentException}.
 */
public interface SiteSettings {

    /** The value for the site, or the definition's default while none is set (which may be null). */
    String get(String site, String pluginId, String key);

    /** Every defined key of the plugin with its value for the site (defaults filled in; null values left out). */
    Map<String, String> all(String site, String pluginId);

    /**
     * Sets a value for the site; {@code null} goes back to the default.
     *
     * @throws IllegalArgumentException with a German message when the value does not fit the definition
     */
    void set(String site, String pluginId, String key, String value);
}
