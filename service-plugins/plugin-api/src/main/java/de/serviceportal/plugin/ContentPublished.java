package de.serviceportal.plugin;

import java.time.Instant;

/**
 * Content was published (made public).
 *
 * @param workspace   e.g. {@code website} or {@code dam}
 * @param path        path inside the workspace, e.g. {@code /merseburg/buergerservice}
 * @param publishedBy the staff account's user name
 */
public record ContentPublished(String workspace, String path, String publishedBy, Instant at) implements PortalEvent {
}
