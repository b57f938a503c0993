package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;

/** Four eyes over real HTTP: request, difference, approve or reject, and who may do what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
class PublishingScreensTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;

    @BeforeEach
    void accounts() {
        for (String name : new String[] {"wf-editor", "wf-publisher", "wf-publisher2"}) {
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, PagesAppTest.PASSWORD, name, null,
                        Set.of(name.equals("wf-editor") ? StaffRole.EDITOR : StaffRole.PUBLISHER));
            }
        }
    }

    private PortalHttp as(String name) {
        return new PortalHttp(port).loggedIn(name, PagesAppTest.PASSWORD);
    }

    /** A published page whose draft title has changed since. */
    private String changedPage(String site) {
        String path = "/" + site + "/wf-" + System.nanoTime();
        stages.draft().write(session -> {
            Node page = session.getNode("/website/" + site).addNode(path.substring(site.length() + 2), "mgnl:page");
            page.setProperty("mgnl:template", "portal-theme:pages/content");
            page.setProperty("title", "Alter Titel");
            page.setProperty("hideInNav", true); // not in the other test pages' navigation
            return null;
        });
        publisher.publish("website", path, false, "test", null);
        stages.draft().write(session -> {
            session.getNode("/website" + path).setProperty("title", "Neuer Titel");
            return null;
        });
        return path;
    }

    private String request(PortalHttp who, String path, Map<String, String> extra) {
        String form = who.get(PublishingController.link(path)).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", PortalHttp.csrf(form));
        fields.put("path", path);
        fields.put("action", "PUBLISH");
        fields.put("comment", "Titel korrigiert");
        fields.putAll(extra);
        HttpResponse<String> answer = who.post(PublishingController.PATH + "/new", fields);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        return PortalHttp.location(answer);
    }

    @Test
    void anEditorRequestsAndAnotherPersonApprovesAfterSeeingTheDifference() {
        String path = changedPage("merseburg");
        PortalHttp editor = as("wf-editor");
        String detail = request(editor, path, Map.of());

        assertThat(new PortalHttp(port).get(path).body()).contains("Alter Titel");
        String page = as("wf-publisher").get(detail).body();
        assertThat(page).contains("wartet auf Freigabe").contains("Titel korrigiert")
                .containsSubsequence("<td>Seite</td><td>title</td><td>Alter Titel</td><td>Neuer Titel</td>")
                .contains("Freigeben");
        assertThat(as("wf-publisher").get(PublishingController.PATH).body()).contains("Warten auf Ihre Freigabe")
                .contains(detail);

        // an editor may not decide, not even by posting directly
        String csrf = editor.csrfToken(); // the detail page offers editors no form at all
        assertThat(editor.post(detail + "/approve", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);

        PortalHttp publisher = as("wf-publisher");
        HttpResponse<String> approved = publisher.post(detail + "/approve",
                Map.of("_csrf", PortalHttp.csrf(publisher.get(detail).body()), "comment", "passt"));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(publisher.get(detail).body()).contains("ausgeführt").contains("von wf-publisher: passt");
        assertThat(new PortalHttp(port).get(path).body()).contains("Neuer Titel");
    }

    @Test
    void nobodyApprovesTheirOwnRequestAndARejectionNeedsAReason() {
        String path = changedPage("merseburg");
        PortalHttp own = as("wf-publisher");
        String detail = request(own, path, Map.of());
        String html = own.get(detail).body();
        assertThat(html).doesNotContain("Freigeben").contains("wartet auf die Freigabe durch eine zweite Person");
        HttpResponse<String> self = own.post(detail + "/approve", Map.of("_csrf", own.csrfToken()));
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("Vier-Augen-Prinzip");

        PortalHttp other = as("wf-publisher2");
        String csrf = PortalHttp.csrf(other.get(detail).body());
        HttpResponse<String> noReason = other.post(detail + "/reject", Map.of("_csrf", csrf, "comment", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Bitte begründen Sie die Ablehnung");
        assertThat(other.post(detail + "/reject", Map.of("_csrf", csrf, "comment", "Bitte Quelle ergänzen"))
                .statusCode()).isEqualTo(303);
        assertThat(other.get(detail).body()).contains("abgelehnt").contains("Bitte Quelle ergänzen");
        assertThat(new PortalHttp(port).get(path).body()).contains("Alter Titel").doesNotContain("Neuer Titel");
        assertThat(other.post(detail + "/approve", Map.of("_csrf", csrf)).statusCode()).isEqualTo(409);
    }

    @Test
    void aPastDateIsRefusedAndTheInputIsKept() {
        String path = changedPage("merseburg");
        PortalHttp editor = as("wf-editor");
        String csrf = PortalHttp.csrf(editor.get(PublishingController.link(path)).body());
        HttpResponse<String> answer = editor.post(PublishingController.PATH + "/new", Map.of("_csrf", csrf,
                "path", path, "action", "PUBLISH", "comment", "zu spät", "date", "2020-01-01", "time", "08:00"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("liegt in der Vergangenheit").contains("zu spät</textarea>")
                .contains("value=\"2020-01-01\"");
        HttpResponse<String> nonsense = editor.post(PublishingController.PATH + "/new", Map.of("_csrf", csrf,
                "path", path, "date", "morgen"));
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(nonsense.body()).contains("gültiges Datum");
    }

    @Test
    void aSiteWithoutApprovalLetsPublishersPublishAtOnce() {
        String path = changedPage("region");
        String detail = request(as("wf-publisher"), path, Map.of());
        assertThat(as("wf-publisher").get(detail).body()).contains("ausgeführt");
        assertThat(new PortalHttp(port).get("/wf-" + path.substring("/region/wf-".length())).body())
                .contains("Neuer Titel");
        // an editor there still needs a publisher
        String other = changedPage("region");
        String pending = request(as("wf-editor"), other, Map.of());
        assertThat(as("wf-editor").get(pending).body()).contains("wartet auf Freigabe");
    }
}
