package de.serviceportal.security;

import de.serviceportal.testsupport.PortalHttp;
import static de.serviceportal.testsupport.PortalHttp.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import de.serviceportal.PortalApplication;

/**
 * Starts the real application twice on the same file database, as an operator would: the first start
 * invents and prints the admin password, the second must stay silent.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Passwort +/ password : (\\S+)");
    private static final String BANNER = "First administrator account created";

    @TempDir
    Path portalHome;

    @Test
    void generatedPasswordIsPrintedOnceAndWorks(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext portal = start()) {
            Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("password printed on first start").isTrue();
            password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(output.getOut()).contains("Erstes Administratorkonto angelegt", "WARN");

            PortalHttp browser = new PortalHttp(port(portal));
            assertThat(location(browser.login("admin", password))).isEqualTo("/.editor/");
            assertThat(portalHome.resolve("db/portal.mv.db")).as("embedded database under the portal home").exists();
            assertThat(portalHome.resolve("repository/segmentstore")).isDirectory();
        }

        int firstStartEnd = output.getOut().length();
        try (ConfigurableApplicationContext portal = start()) {
            String secondStart = output.getOut().substring(firstStartEnd);
            assertThat(secondStart).contains("Tomcat started on port");
            assertThat(secondStart).doesNotContain(BANNER).doesNotContain(password);

            PortalHttp browser = new PortalHttp(port(portal));
            assertThat(location(browser.login("admin", password))).isEqualTo("/.editor/");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank application.properties, whatever it sets.
        // A relative home, as the default "var" is: the embedded database URL is derived from it (README run).
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--portal.test.explicit-home=true",
                "--portal.home=" + Path.of("").toAbsolutePath().relativize(portalHome),
                "--portal.bootstrap.admin-password=");
    }

    private static int port(ConfigurableApplicationContext portal) {
        return Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
    }
}
