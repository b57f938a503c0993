package de.serviceportal.modules;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of a light module, wherever it comes from.
 *
 * @param module the module name (first folder below the light-modules root)
 * @param path   the path inside the module, e.g. {@code templates/pages/home.yaml}
 */
public record ModuleResource(String module, String path, Origin origin, Location location) {

    public enum Origin { FILE_SYSTEM, CLASSPATH }

    /** Where the bytes are; file-system locations can change, classpath ones never do. */
    public interface Location {
        InputStream open() throws IOException;

        /** Changes whenever the content may have changed. */
        String version();

        /** Human-readable location for problems and the status page. */
        String describe();
    }

    /** Where web resources are served: {@code /.resources/<module>/webresources/...}. */
    public static final String PUBLIC_PREFIX = "/.resources";

    /** Changes whenever the content may have changed; short enough for ETags and version parameters. */
    public String fingerprint() {
        return Integer.toHexString(location.version().hashCode());
    }

    /** Resource path as templates and web pages name it, e.g. {@code /portal-theme/templates/pages/home.ftl}. */
    public String resourcePath() {
        return "/" + module + "/" + path;
    }

    public InputStream open() throws IOException {
        return location.open();
    }

    public byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }
}
