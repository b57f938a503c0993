package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;
import de.serviceportal.testsupport.TestPortalHome;

/** The staff start screen shows each role what it may do, recent content changes and definition problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
class StartScreenTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;

    private PortalHttp as(StaffRole role) {
        return EditorStaff.as(port, accounts, "start", role);
    }

    @Test
    void editorsSeeTheLatestChangesWithLinksIntoTheTree() {
        String name = "start-" + System.nanoTime();
        stages.draft().write(session -> {
            session.getNode("/website/merseburg").addNode(name, "mgnl:page").setProperty("title", "Start-Test");
            return null;
        });
        publisher.publish("website", "/merseburg/" + name, false, "start-publisher", "<i>neu</i>");

        String html = as(StaffRole.EDITOR).get("/.editor/").body();

        assertThat(html).contains("Willkommen, start-editor").contains("href=\"/.editor/pages\"")
                .doesNotContain("/.admin/definitions");
        assertThat(html).containsSubsequence("start-publisher", "veröffentlicht", "&lt;i&gt;neu&lt;/i&gt;",
                "href=\"/.editor/pages?path=%2Fmerseburg%2F" + name + "\"");
    }

    @Test
    void clerksSeeTheirServicesButNoContentApps() {
        String html = as(StaffRole.CLERK).get("/.editor/").body();
        assertThat(html).contains("href=\"/.editor/plugins\"").doesNotContain("/.editor/pages")
                .doesNotContain("Zuletzt bearbeitet");
    }

    @Test
    void administratorsLandHereAndSeeDefinitionProblems() {
        PortalHttp admin = new PortalHttp(port);
        assertThat(PortalHttp.location(admin.login("admin", TestPortalHome.TEST_ADMIN_PASSWORD)))
                .isEqualTo("/.editor/");
        String html = admin.get("/.editor/").body();
        assertThat(html).contains("href=\"/.admin/definitions\"").contains("Probleme in Light-Module-Definitionen")
                .contains("Keine Probleme.");
        assertThat(admin.get("/.admin/").body()).contains("Probleme in Light-Module-Definitionen");
    }
}
