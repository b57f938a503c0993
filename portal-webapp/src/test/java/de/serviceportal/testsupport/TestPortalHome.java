package de.serviceportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context its own empty portal home (Oak locks its store, so contexts cannot share one)
 * and points it at the project's light modules, unless the test sets these properties itself.
 */
public class TestPortalHome implements EnvironmentPostProcessor {

    /** The first admin's password in tests (never a default of the portal itself). */
    public static final String TEST_ADMIN_PASSWORD = "Test-Admin-Passwort-1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        if (!environment.containsProperty("portal.test.explicit-home")) {
            try {
                Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "portal-home-");
                properties.put("portal.home", home.toString());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create a portal home for the test", e);
            }
        }
        if (!environment.containsProperty("portal.test.explicit-light-modules")) {
            properties.put("portal.light-modules", TestTools.repoRoot().resolve("light-modules").toString());
        }
        properties.put("portal.fail-traversal", "true");
        if (!environment.containsProperty("portal.bootstrap.admin-password")) {
            properties.put("portal.bootstrap.admin-password", TEST_ADMIN_PASSWORD);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("testPortalHome", properties));
    }
}
