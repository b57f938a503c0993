/**
 * The portal's side of the plugin SPI ({@code de.serviceportal.plugin} in {@code plugin-api}): it collects the
 * beans plugins register, checks them on start, secures their staff screens, stores their per-site settings, runs
 * their migrations and cluster jobs, supplies component models to the renderer and lists all of it for staff.
 */
package de.serviceportal.plugins;
