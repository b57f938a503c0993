package de.serviceportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.serviceportal.PortalApplication;
import de.serviceportal.repository.ContentStages;

/**
 * A portal home from before the draft/live split has only the draft store: on the first start its pages and
 * assets are published once, so citizens keep seeing the site; later starts do not publish again.
 */
class LiveStoreUpgradeTest {

    @TempDir
    Path home;

    @Test
    void contentOfAnOlderPortalHomeIsPublishedOnce() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(ContentStages.class).draft().write(session -> {
                session.getNode("/website/merseburg").setProperty("title", "Merseburg vor der Umstellung");
                return null;
            });
        }
        deleteTree(home.resolve("live")); // as an older portal home: no live store at all

        try (ConfigurableApplicationContext second = start()) {
            ContentStages stages = second.getBean(ContentStages.class);
            String title = stages.live().read(session -> session.getNode("/website/merseburg").getProperty("title")
                    .getString());
            boolean assets = stages.live().read(session -> session.nodeExists("/dam/portal/bilder"));
            assertThat(title).isEqualTo("Merseburg vor der Umstellung");
            assertThat(assets).isTrue();
            stages.draft().write(session -> {
                session.getNode("/website/merseburg").setProperty("title", "Nur ein Entwurf");
                return null;
            });
        }

        try (ConfigurableApplicationContext third = start()) {
            String title = third.getBean(ContentStages.class).live().read(session -> session
                    .getNode("/website/merseburg").getProperty("title").getString());
            assertThat(title).isEqualTo("Merseburg vor der Umstellung");
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: application.properties would override those
        return new SpringApplicationBuilder(PortalApplication.class)
                .run("--portal.home=" + home, "--portal.test.explicit-home=true", "--server.port=0");
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
