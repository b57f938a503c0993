package de.serviceportal.repository;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal keeps its data. {@code portal.home} (default {@code var}) holds the content repository, the
 * embedded database and other node-local state.
 *
 * @param home            the portal home folder
 * @param failTraversal   make queries without an index fail instead of only logging a warning (tests)
 */
@ConfigurationProperties("portal")
public record RepositoryProperties(Path home, boolean failTraversal) {

    public RepositoryProperties {
        home = home == null ? Path.of("var") : home;
    }

    Path segmentStore() {
        return home.resolve("repository").resolve("segmentstore");
    }

    Path liveSegmentStore() {
        return home.resolve("live").resolve("segmentstore");
    }
}
