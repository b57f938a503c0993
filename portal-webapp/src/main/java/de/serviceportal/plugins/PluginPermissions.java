package de.serviceportal.plugins;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import de.serviceportal.plugin.PluginPermission;
import de.serviceportal.security.StaffRole;

/**
 * The permissions plugins declare and the staff roles holding each: the plugin's default roles, or those the
 * operator lists in {@code portal.permissions.<name>}. Unknown role names stop the start, so a typo cannot lock
 * everybody out (or in) silently.
 */
@Component
public class PluginPermissions {

    static final String PROPERTY_PREFIX = "portal.permissions.";

    private final Map<String, PluginPermission> byName = new LinkedHashMap<>();
    private final Map<String, Set<StaffRole>> roles = new LinkedHashMap<>();

    PluginPermissions(List<PluginPermission> permissions, Environment environment) {
        for (PluginPermission permission : permissions) {
            if (byName.putIfAbsent(permission.name(), permission) != null) {
                throw new IllegalStateException("Two plugins declare the permission " + permission.name());
            }
            String configured = environment.getProperty(PROPERTY_PREFIX + permission.name());
            Collection<String> names = configured == null || configured.isBlank() ? permission.defaultRoles()
                    : Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            roles.put(permission.name(), parse(permission.name(), names,
                    configured == null ? "its default roles" : PROPERTY_PREFIX + permission.name()));
        }
    }

    private static Set<StaffRole> parse(String permission, Collection<String> names, String source) {
        Set<StaffRole> parsed = EnumSet.noneOf(StaffRole.class);
        for (String name : names) {
            String role = name.startsWith("ROLE_") ? name.substring(5) : name;
            try {
                parsed.add(StaffRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Permission " + permission + ": unknown staff role '" + name + "' in "
                        + source + "; known roles: " + Arrays.toString(StaffRole.values()));
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException("Permission " + permission + ": " + source + " names no role");
        }
        return parsed;
    }

    public Collection<PluginPermission> all() {
        return byName.values();
    }

    public Optional<PluginPermission> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The roles holding a declared permission. */
    public Set<StaffRole> roles(String permission) {
        Set<StaffRole> holders = roles.get(permission);
        if (holders == null) {
            throw new IllegalArgumentException("No plugin declares the permission " + permission);
        }
        return holders;
    }

    /** Whether someone with these Spring authorities ({@code ROLE_EDITOR}, …) holds the permission. */
    public boolean granted(String permission, Collection<String> authorities) {
        return roles(permission).stream().anyMatch(role -> authorities.contains(role.authority()));
    }

    static String[] names(Set<StaffRole> roles) {
        return new TreeSet<>(roles.stream().map(Enum::name).toList()).toArray(String[]::new);
    }
}
