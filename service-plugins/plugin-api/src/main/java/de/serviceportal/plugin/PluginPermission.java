package de.serviceportal.plugin;

import java.util.Set;

/**
 * A permission a plugin's staff screens require. Which staff roles hold it is decided by the portal: the
 * {@code defaultRoles}, unless the operator sets {@code portal.permissions.<name>=ROLE1,ROLE2}.
 *
 * @param name         {@code <plugin>.<action>}, e.g. {@code waste-calendar.manage}
 * @param label        German description shown to administrators
 * @param defaultRoles staff role names: {@code EDITOR}, {@code PUBLISHER}, {@code CLERK}, {@code ADMIN}
 */
public record PluginPermission(String name, String label, Set<String> defaultRoles) {

    public PluginPermission {
        if (name == null || !name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("A permission name is <plugin>.<action> in lower case, e.g."
                    + " \"example.manage\"; got \"" + name + "\"");
        }
        PluginIds.requireText(label, "label");
        if (defaultRoles == null || defaultRoles.isEmpty()) {
            throw new IllegalArgumentException("Permission " + name + " needs at least one default role");
        }
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
