/**
 * The contract between the portal and its service plugins.
 *
 * <p>A plugin is a jar with a Spring Boot auto-configuration. It registers beans of the types in this package, and
 * the portal picks them up: exactly one {@link de.serviceportal.plugin.ServicePlugin} naming the plugin, and any of
 * {@link de.serviceportal.plugin.StaffScreen}, {@link de.serviceportal.plugin.PluginPermission},
 * {@link de.serviceportal.plugin.PluginSettings}, {@link de.serviceportal.plugin.PluginMigrations},
 * {@link de.serviceportal.plugin.ClusterJob} and {@link de.serviceportal.plugin.ComponentModel}. The portal in turn
 * offers {@link de.serviceportal.plugin.SiteSettings} as a bean, and publishes {@link de.serviceportal.plugin.PortalEvent}s.
 * REST endpoints are ordinary Spring controllers under {@link de.serviceportal.plugin.PluginPaths#rest(String)}.
 *
 * <p>The package has no dependencies on purpose: plugins compile against it and nothing of the portal, so the
 * portal can change inside without breaking them. Everything here is kept backwards compatible.
 */
package de.serviceportal.plugin;
