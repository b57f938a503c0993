package de.serviceportal.plugin;

/**
 * A screen for staff (editors, clerks, …), served by an ordinary Spring controller of the plugin. The portal lets
 * only holders of the {@linkplain PluginPermission permission} in (the path and everything below it) and lists the
 * screen for them.
 *
 * @param pluginId   the {@link ServicePlugin#id()} of the plugin
 * @param path       full path, below {@link PluginPaths#staff(String)}, e.g. {@code /.editor/plugins/example/log}
 * @param title      German title shown in the list of screens
 * @param permission the {@link PluginPermission#name()} a user needs
 */
public record StaffScreen(String pluginId, String path, String title, String permission) {

    public StaffScreen {
        String base = PluginPaths.staff(pluginId) + "/";
        if (path == null || !path.startsWith(base) || path.length() == base.length() || path.endsWith("/")
                || path.contains("//") || path.contains("..") || path.contains("*")) {
            throw new IllegalArgumentException("A staff screen path lies below " + base + " (e.g. " + base
                    + "list), got \"" + path + "\"");
        }
        PluginIds.requireText(title, "title");
        PluginIds.requireText(permission, "permission");
    }
}
