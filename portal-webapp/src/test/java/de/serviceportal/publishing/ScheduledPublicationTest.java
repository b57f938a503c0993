package de.serviceportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.serviceportal.PortalApplication;
import de.serviceportal.repository.ContentStages;

/** Scheduled publications run after a restart too, and exactly once, even when interrupted half-way. */
class ScheduledPublicationTest {

    @TempDir
    Path home;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PortalApplication.class).run("--portal.home=" + home,
                "--portal.test.explicit-home=true", "--server.port=0", "--portal.publishing.schedule-interval=300ms");
    }

    private static String page(ContentStages stages, String title) {
        String name = "geplant-" + System.nanoTime();
        stages.draft().write(session -> {
            Node page = session.getNode("/website/merseburg").addNode(name, "mgnl:page");
            page.setProperty("mgnl:template", "portal-theme:pages/content");
            page.setProperty("title", title);
            return null;
        });
        return "/merseburg/" + name;
    }

    @Test
    void aPublicationDueWhileThePortalWasDownRunsOnceAfterTheRestart() throws Exception {
        String page;
        String id;
        String identifier;
        try (ConfigurableApplicationContext first = start()) {
            ContentStages stages = first.getBean(ContentStages.class);
            PublicationRequests requests = first.getBean(PublicationRequests.class);
            page = page(stages, "Geplante Seite");
            PublicationRequest request = requests.request("website", page, false, PublicationRequest.Action.PUBLISH,
                    Instant.now().plusSeconds(3), "bitte am Stichtag", "redakteurin", false);
            id = request.id();
            identifier = request.identifier();
            requests.approve(id, "publisher", "passt");
            assertThat(requests.find(id).orElseThrow().state()).isEqualTo(PublicationRequest.State.SCHEDULED);
            assertThat(first.getBean(Publisher.class).isLive(identifier)).isFalse();
        }
        Thread.sleep(3_500); // due while no portal runs

        try (ConfigurableApplicationContext second = start()) {
            PublicationRequests requests = second.getBean(PublicationRequests.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (requests.find(id).orElseThrow().state() != PublicationRequest.State.DONE
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(requests.find(id).orElseThrow().state()).isEqualTo(PublicationRequest.State.DONE);
            assertThat(second.getBean(Publisher.class).isLive(identifier)).isTrue();
            Thread.sleep(1_000); // several more scheduler rounds
            assertThat(second.getBean(Versions.class).list(identifier)).hasSize(1);
            assertThat(second.getBean(ContentAudit.class).forPath("website", page, 10))
                    .filteredOn(entry -> entry.action().equals("PUBLISH")).hasSize(1);
        }
    }

    @Test
    void aRunInterruptedAfterTheLiveCommitIsOnlyMarkedDone() throws Exception {
        try (ConfigurableApplicationContext portal = start()) {
            ContentStages stages = portal.getBean(ContentStages.class);
            PublicationRequests requests = portal.getBean(PublicationRequests.class);
            Publisher publisher = portal.getBean(Publisher.class);
            String page = page(stages, "Halb erledigt");
            PublicationRequest request = requests.request("website", page, false, PublicationRequest.Action.PUBLISH,
                    Instant.now().plusSeconds(2), null, "redakteurin", false);
            requests.approve(request.id(), "publisher", null);
            // as if the portal stopped right after the publication's commit, before the request was marked done
            publisher.publish("website", page, false, "publisher", null, request.id());
            assertThat(publisher.executed(request.id())).isTrue();

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (requests.find(request.id()).orElseThrow().state() != PublicationRequest.State.DONE
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(requests.find(request.id()).orElseThrow().state()).isEqualTo(PublicationRequest.State.DONE);
            assertThat(portal.getBean(Versions.class).list(request.identifier())).hasSize(1);
        }
    }
}
