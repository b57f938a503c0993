package de.serviceportal.plugin;

/**
 * Where a plugin's URLs live. Annotations need constants, so a controller writes
 * {@code @RequestMapping(PluginPaths.REST + ID + "/v1")}; code can use {@link #rest(String)}.
 */
public final class PluginPaths {

    /** Prefix of all plugin REST endpoints: {@code /.rest/<plugin-id>/v1/...}. Public, CSRF-protected for writes. */
    public static final String REST = "/.rest/";

    /** Prefix of all plugin staff screens: {@code /.editor/plugins/<plugin-id>/...}. Login required. */
    public static final String STAFF = "/.editor/plugins/";

    private PluginPaths() {
    }

    /** {@code /.rest/<plugin-id>/v1}, the base path of version 1 of a plugin's REST API. */
    public static String rest(String pluginId) {
        return REST + PluginIds.requireId(pluginId) + "/v1";
    }

    /** {@code /.editor/plugins/<plugin-id>}, under which all staff screens of a plugin live. */
    public static String staff(String pluginId) {
        return STAFF + PluginIds.requireId(pluginId);
    }
}
