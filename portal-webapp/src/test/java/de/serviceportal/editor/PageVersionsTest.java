package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.ContentAudit;
import de.serviceportal.publishing.Publisher;
import de.serviceportal.publishing.Versions;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;

/** The version history panel: list, compare with the draft or another version, restore after confirmation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.test.context=page-versions")
class PageVersionsTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;
    @Autowired
    Versions versions;
    @Autowired
    ContentAudit audit;

    private PortalHttp as(StaffRole role) {
        return EditorStaff.as(port, accounts, "versions", role);
    }

    /** A page published as "Alter Titel" whose draft title is "Neuer Titel" since. */
    private String changedPage() {
        String name = "versionen-" + System.nanoTime();
        stages.draft().write(session -> {
            var page = session.getNode("/website/merseburg").addNode(name, "mgnl:page");
            page.setProperty("mgnl:template", "portal-theme:pages/content");
            page.setProperty("title", "Alter Titel");
            page.setProperty("hideInNav", true);
            return null;
        });
        publisher.publish("website", "/merseburg/" + name, false, "versions-test", "erste Fassung");
        setTitle("/merseburg/" + name, "Neuer Titel");
        return "/merseburg/" + name;
    }

    private void setTitle(String path, String title) {
        stages.draft().write(session -> {
            session.getNode("/website" + path).setProperty("title", title);
            return null;
        });
    }

    private String title(String path) {
        return stages.draft().read(session -> session.getNode("/website" + path).getProperty("title").getString());
    }

    @Test
    void listsVersionsAndComparesThemInAGermanTable() {
        String page = changedPage();
        PortalHttp editor = as(StaffRole.EDITOR);

        String list = editor.get(PageVersionsController.PATH + "?path=" + page).body();
        assertThat(list).contains("Versionen von „Neuer Titel“").contains("<td>1</td>")
                .contains("<td>Veröffentlichung</td>").contains("<td>versions-test</td>")
                .contains("<td>erste Fassung</td>");

        HttpResponse<String> withDraft = editor.get(PageVersionsController.PATH + "?path=" + page
                + "&from=1&to=draft");
        assertThat(withDraft.statusCode()).isEqualTo(200);
        assertThat(withDraft.body()).contains("Unterschiede von Version 1 zu dem aktuellen Entwurf")
                .contains("<td>Seite</td><td>Titel</td><td class=\"vorher\">Alter Titel</td>"
                        + "<td class=\"nachher\">Neuer Titel</td>");

        publisher.publish("website", page, false, "versions-test", null);
        String two = editor.get(PageVersionsController.PATH + "?path=" + page + "&from=1&to=2").body();
        assertThat(two).contains("Unterschiede von Version 1 zu Version 2").contains("class=\"nachher\">Neuer Titel");
        assertThat(editor.get(PageVersionsController.PATH + "?path=" + page + "&from=2&to=draft").body())
                .contains("Keine Unterschiede.");

        HttpResponse<String> bad = editor.get(PageVersionsController.PATH + "?path=" + page + "&from=x&to=draft");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Bitte wählen Sie zwei Versionen aus der Liste.");
        HttpResponse<String> missing = editor.get(PageVersionsController.PATH + "?path=" + page + "&from=99");
        assertThat(missing.statusCode()).isEqualTo(400);
    }

    @Test
    void restoreNeedsConfirmationAndKeepsTheDraftAsAVersion() {
        String page = changedPage();
        String id = stages.draft().read(session -> session.getNode("/website" + page).getIdentifier());
        PortalHttp editor = as(StaffRole.EDITOR);
        String confirm = editor.get(PageVersionsController.PATH + "/restore?path=" + page + "&version=1").body();
        assertThat(confirm).contains("Version 1 von „Neuer Titel“ wiederherstellen?");
        String csrf = PortalHttp.csrf(confirm);

        HttpResponse<String> unconfirmed = editor.post(PageVersionsController.PATH + "/restore",
                Map.of("_csrf", csrf, "path", page, "version", "1"));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Bitte bestätigen Sie die Wiederherstellung.");
        assertThat(title(page)).isEqualTo("Neuer Titel");
        assertThat(editor.post(PageVersionsController.PATH + "/restore",
                Map.of("path", page, "version", "1", "confirm", "ja")).statusCode()).isEqualTo(403);
        assertThat(editor.post(PageVersionsController.PATH + "/restore",
                Map.of("_csrf", csrf, "path", page, "version", "7", "confirm", "ja")).statusCode()).isEqualTo(404);
        assertThat(title(page)).isEqualTo("Neuer Titel");

        HttpResponse<String> restored = editor.post(PageVersionsController.PATH + "/restore",
                Map.of("_csrf", csrf, "path", page, "version", "1", "confirm", "ja"));

        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(editor.get(PortalHttp.location(restored)).body()).contains("Version 1 wurde wiederhergestellt");
        assertThat(title(page)).isEqualTo("Alter Titel");
        assertThat(versions.list(id)).extracting(Versions.Version::reason).containsExactly(Versions.Reason.RESTORE,
                Versions.Reason.PUBLISH);
        assertThat(versions.get(id, 2).orElseThrow().title()).isEqualTo("Neuer Titel");
        assertThat(audit.forPath("website", page, 5)).extracting(ContentAudit.Entry::action).contains("RESTORE");
    }

    @Test
    void clerksSeeNoVersions() {
        String page = changedPage();
        PortalHttp clerk = as(StaffRole.CLERK);
        assertThat(clerk.get(PageVersionsController.PATH + "?path=" + page).statusCode()).isEqualTo(403);
        assertThat(clerk.post(PageVersionsController.PATH + "/restore", Map.of("_csrf", clerk.csrfToken(),
                "path", page, "version", "1", "confirm", "ja")).statusCode()).isEqualTo(403);
        assertThat(title(page)).isEqualTo("Neuer Titel");
    }
}
