package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Calendar;
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

/** The pages app over real HTTP: one level at a time, the status of each page, escaping and who may open it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
class PagesAppTest {

    static final String PASSWORD = "pages-app-passwort";

    @LocalServerPort
    int port;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;
    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        for (StaffRole role : Set.of(StaffRole.EDITOR, StaffRole.CLERK)) {
            String name = "pages-" + role.name().toLowerCase();
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, PASSWORD, "Test " + role, null, Set.of(role));
            }
        }
    }

    private PortalHttp editor() {
        return new PortalHttp(port).loggedIn("pages-editor", PASSWORD);
    }

    @Test
    void theStartListsEverySiteWithItsHomePage() {
        String html = editor().get(PagesController.PAGES).body();
        assertThat(html).contains("<h2 id=\"site-0\">").contains("Stadt Merseburg").contains("Landkreis Saalekreis")
                .contains("href=\"/merseburg\"").contains("href=\"/saalekreis\"")
                .contains("data-children=\"/.editor/pages/children?path=%2Fmerseburg\"");
        assertThat(html).contains("status--published").doesNotContain("status--new");
    }

    @Test
    void eachLevelShowsOnlyItsDirectChildrenWithTheirStatus() {
        String parent = "/merseburg/baum-" + System.nanoTime();
        stages.draft().write(session -> {
            Node page = session.getNode("/website/merseburg").addNode(parent.substring(11), "mgnl:page");
            page.setProperty("title", "Baumtest");
            Node published = page.addNode("veroeffentlicht", "mgnl:page");
            published.setProperty("title", "Schon online");
            published.addNode("enkel", "mgnl:page").setProperty("title", "Enkelseite");
            page.addNode("geaendert", "mgnl:page").setProperty("title", "Später geändert");
            page.addNode("neu", "mgnl:page").setProperty("title", "<b>Ganz neu</b>");
            return null;
        });
        publisher.publish("website", parent, true, "test", null);
        stages.draft().write(session -> {
            Node page = session.getNode("/website" + parent);
            page.getNode("neu").remove();
            page.addNode("neu", "mgnl:page").setProperty("title", "<b>Ganz neu</b>");
            Calendar later = Calendar.getInstance();
            later.add(Calendar.MINUTE, 1);
            page.getNode("geaendert").setProperty("mgnl:lastModified", later);
            page.getNode("geaendert").setProperty("mgnl:lastModifiedBy", "pages-editor");
            return null;
        });

        HttpResponse<String> level = editor().get("/.editor/pages/children?path=" + parent);

        assertThat(level.statusCode()).isEqualTo(200);
        assertThat(level.headers().firstValue("Cache-Control")).hasValue("no-store");
        String html = level.body();
        assertThat(html).containsSubsequence("Schon online", "veröffentlicht", "Später geändert",
                "geändert seit Veröffentlichung", "&lt;b&gt;Ganz neu&lt;/b&gt;", "nicht veröffentlicht");
        assertThat(html).contains("von pages-editor").doesNotContain("<b>Ganz neu");
        assertThat(html).doesNotContain("Enkelseite"); // the tree loads one level at a time
        assertThat(html).contains("data-children=\"/.editor/pages/children?path=%2F" + parent.substring(1)
                .replace("/", "%2F") + "%2Fveroeffentlicht\"");

        String noScript = editor().get(PagesController.PAGES + "?path=" + parent + "/veroeffentlicht").body();
        assertThat(noScript).contains("Unterseiten von „Schon online“").contains("Enkelseite")
                .containsSubsequence("Alle Websites", "Stadt Merseburg", "Baumtest");
    }

    @Test
    void aLongLevelIsShownInSlices() {
        String parent = "/merseburg/viele-" + System.nanoTime();
        stages.draft().write(session -> {
            Node page = session.getNode("/website/merseburg").addNode(parent.substring(11), "mgnl:page");
            page.setProperty("title", "Viele Unterseiten");
            for (int i = 1; i <= 250; i++) {
                page.addNode(String.format("s%03d", i), "mgnl:page").setProperty("title", "Unterseite " + i);
            }
            return null;
        });
        String first = editor().get("/.editor/pages/children?path=" + parent).body();
        assertThat(first).contains("Unterseite 1<").contains("Unterseite 100<").doesNotContain("Unterseite 101<")
                .contains("offset=100\">Weitere Seiten (ab Nr. 101)")
                .doesNotContain("Vorherige Seiten");
        String last = editor().get(PagesController.PAGES + "?path=" + parent + "&offset=200").body();
        assertThat(last).doesNotContain("Unterseite 200<").contains("Unterseite 201<").contains("Unterseite 250<")
                .contains("offset=100\">Vorherige Seiten").doesNotContain("Weitere Seiten");
    }

    @Test
    void thePreviewShowsTheDraftAtTheChosenWidth() {
        String html = editor().get(PreviewController.PATH + "?path=/merseburg/buergerservice&width=phone").body();
        assertThat(html).contains("<iframe class=\"vorschau__rahmen\" src=\"/merseburg/buergerservice\"")
                .contains("width=\"375\"").contains("aria-current=\"page\">Smartphone");
        assertThat(editor().get(PreviewController.PATH + "?path=/merseburg&width=riesig").body())
                .contains("width=\"1280\"");
        assertThat(editor().get(PreviewController.PATH + "?path=/nirgends").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPagesAreNotFoundWithAGermanMessage() {
        HttpResponse<String> missing = editor().get(PagesController.PAGES + "?path=/merseburg/gibt-es-nicht");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("gibt es keine Seite");
        assertThat(editor().get("/.editor/pages/children?path=/nirgendwo").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyEditorialStaffMayOpenThePagesApp() {
        HttpResponse<String> anonymous = new PortalHttp(port).get(PagesController.PAGES);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(PortalHttp.location(anonymous)).contains("/.login");
        assertThat(new PortalHttp(port).loggedIn("pages-clerk", PASSWORD).get(PagesController.PAGES).statusCode())
                .isEqualTo(403);
        assertThat(new PortalHttp(port).loggedIn("pages-clerk", PASSWORD)
                .get("/.editor/pages/children?path=/merseburg").statusCode()).isEqualTo(403);
    }
}
