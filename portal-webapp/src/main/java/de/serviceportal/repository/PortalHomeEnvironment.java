package de.serviceportal.repository;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code portal.home} absolute before anything uses it: the embedded database URL is built from it, and H2
 * refuses file paths that are implicitly relative to the working directory (the default home is {@code var}).
 */
public class PortalHomeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String home = environment.getProperty("portal.home");
        if (home != null && !home.isBlank() && !Path.of(home).isAbsolute()) {
            environment.getPropertySources().addFirst(new MapPropertySource("absolutePortalHome",
                    Map.of("portal.home", Path.of(home).toAbsolutePath().normalize().toString())));
        }
    }
}
