package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.publishing.Versions;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;

/** The page editor over real HTTP: bars from the same renderer, ordering and deleting components, rights. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
class PageEditorTest {

    @LocalServerPort
    int port;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;
    @Autowired
    Versions versions;
    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        for (StaffRole role : Set.of(StaffRole.EDITOR, StaffRole.CLERK)) {
            String name = "pages-" + role.name().toLowerCase();
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, PagesAppTest.PASSWORD, "Test " + role, null, Set.of(role));
            }
        }
    }

    private PortalHttp editor() {
        return new PortalHttp(port).loggedIn("pages-editor", PagesAppTest.PASSWORD);
    }

    /** A draft page below /merseburg with three text components in its main area. */
    private String pageWithThreeTexts() {
        String name = "editor-" + System.nanoTime();
        stages.draft().write(session -> {
            Node page = session.getNode("/website/merseburg").addNode(name, "mgnl:page");
            page.setProperty("mgnl:template", "portal-theme:pages/content");
            page.setProperty("title", "Editortest");
            Node main = page.addNode("main", "mgnl:area");
            for (String headline : List.of("Erster", "Zweiter", "Dritter")) {
                Node text = main.addNode(headline.toLowerCase(), "mgnl:component");
                text.setProperty("mgnl:template", "portal-theme:components/text");
                text.setProperty("headline", headline + " Abschnitt");
                text.setProperty("text", "<p>Inhalt " + headline + "</p>");
            }
            return null;
        });
        return "/merseburg/" + name;
    }

    private static String edit(String page) {
        return PageEditorController.EDIT + "?path=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    private List<String> order(String page) {
        return stages.draft().read(session -> {
            List<String> names = new ArrayList<>();
            for (NodeIterator it = session.getNode("/website" + page + "/main").getNodes(); it.hasNext();) {
                names.add(it.nextNode().getName());
            }
            return names;
        });
    }

    @Test
    void thePageIsRenderedWithBarsForAreasAndComponents() {
        String page = pageWithThreeTexts();
        HttpResponse<String> response = editor().get(edit(page));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String html = response.body();
        assertThat(html).contains("<aside class=\"pe-toolbar\" aria-label=\"Seiteneditor\">")
                .contains("/.editor/assets/page-editor.css").contains("Inhalt Erster")
                .contains("Bereich „Hauptbereich“").contains("Text: Erster Abschnitt")
                .contains("href=\"/.editor/pages/dialog?path=" + URLEncoder.encode(page + "/main/erster",
                        StandardCharsets.UTF_8))
                .contains("href=\"/.editor/pages/dialog?parent=" + URLEncoder.encode(page + "/main",
                        StandardCharsets.UTF_8) + "&amp;template=portal-theme%3Acomponents%2Ftext");
        // the first component cannot move up, the last not down
        String first = html.substring(html.indexOf("data-pe-name=\"erster\""), html.indexOf("data-pe-name=\"zweiter\""));
        assertThat(first).doesNotContain("name=\"before\"").contains("name=\"after\" value=\"zweiter\"");
        String last = html.substring(html.indexOf("data-pe-name=\"dritter\""));
        last = last.substring(0, last.indexOf("</form>", last.indexOf("name=\"before\"")));
        assertThat(last).contains("name=\"before\" value=\"zweiter\"").doesNotContain("name=\"after\"");
        // the footer is inherited from the home page: shown, but edited there
        assertThat(html).contains("geerbt von „").contains("Dort bearbeiten");
        assertThat(html).contains("lang=\"en\">Englisch</a>");
    }

    @Test
    void citizensNeverSeeTheBars() {
        String page = pageWithThreeTexts();
        publisher.publish("website", page, false, "test", null);
        String html = new PortalHttp(port).get(page).body();
        assertThat(html).contains("Inhalt Erster").doesNotContain("pe-bar").doesNotContain("pe-toolbar")
                .doesNotContain("page-editor.css");
        assertThat(editor().get(page).body()).doesNotContain("pe-bar");
    }

    @Test
    void componentsMoveUpAndDownAndTheChangeIsAudited() {
        String page = pageWithThreeTexts();
        PortalHttp editor = editor();
        String csrf = PortalHttp.csrf(editor.get(edit(page)).body());

        HttpResponse<String> up = editor.post(PageEditorController.EDIT + "/order", Map.of("_csrf", csrf, "page",
                page, "lang", "", "path", page + "/main/dritter", "before", "erster"));
        assertThat(up.statusCode()).isEqualTo(303);
        assertThat(up.headers().firstValue("Location").orElse("")).startsWith(edit(page)).contains("notice=verschoben")
                .contains("#k-");
        assertThat(order(page)).containsExactly("dritter", "erster", "zweiter");

        editor.post(PageEditorController.EDIT + "/order", Map.of("_csrf", csrf, "page", page, "lang", "", "path",
                page + "/main/dritter", "after", "zweiter"));
        assertThat(order(page)).containsExactly("erster", "zweiter", "dritter");
        assertThat(editor.get(edit(page) + "&notice=verschoben").body()).contains("Die Komponente wurde verschoben.");
    }

    @Test
    void aComponentIsDeletedOnlyAfterConfirmationAndAVersionIsKept() {
        String page = pageWithThreeTexts();
        PortalHttp editor = editor();
        HttpResponse<String> confirm = editor.get(PageEditorController.EDIT + "/delete?page="
                + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&path="
                + URLEncoder.encode(page + "/main/zweiter", StandardCharsets.UTF_8));
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Komponente löschen?").contains("„Text“").contains("„Editortest“");
        assertThat(order(page)).contains("zweiter");

        HttpResponse<String> deleted = editor.post(PageEditorController.EDIT + "/delete", Map.of("_csrf",
                PortalHttp.csrf(confirm.body()), "page", page, "lang", "", "path", page + "/main/zweiter"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(order(page)).containsExactly("erster", "dritter");
        String pageId = stages.draft().read(session -> session.getNode("/website" + page).getIdentifier());
        assertThat(versions.list(pageId)).anySatisfy(v -> assertThat(v.reason()).isEqualTo(Versions.Reason.DELETE));
    }

    @Test
    void onlyComponentsOfThePageCanBeChanged() {
        String page = pageWithThreeTexts();
        String other = pageWithThreeTexts();
        PortalHttp editor = editor();
        String csrf = PortalHttp.csrf(editor.get(edit(page)).body());

        HttpResponse<String> foreign = editor.post(PageEditorController.EDIT + "/delete", Map.of("_csrf", csrf,
                "page", page, "lang", "", "path", other + "/main/erster"));
        assertThat(foreign.statusCode()).as("no such component on this page").isEqualTo(404);
        HttpResponse<String> wholePage = editor.post(PageEditorController.EDIT + "/delete", Map.of("_csrf", csrf,
                "page", "/merseburg", "lang", "", "path", page));
        assertThat(wholePage.statusCode()).isEqualTo(400);
        HttpResponse<String> badSibling = editor.post(PageEditorController.EDIT + "/order", Map.of("_csrf", csrf,
                "page", page, "lang", "", "path", page + "/main/erster", "before", "gibt-es-nicht"));
        assertThat(badSibling.statusCode()).isEqualTo(400);
        assertThat(badSibling.body()).contains("ist kein anderer Knoten");
        assertThat(order(other)).containsExactly("erster", "zweiter", "dritter");
        assertThat(order(page)).containsExactly("erster", "zweiter", "dritter");
    }

    @Test
    void aFullAreaOffersNothingToAdd() {
        String html = editor().get(edit("/merseburg")).body();
        String stage = html.substring(html.indexOf("Bereich „Bühne“"));
        stage = stage.substring(0, stage.indexOf("</div>"));
        assertThat(stage).contains("Dieser Bereich ist voll").doesNotContain("Komponente hinzufügen");
    }

    @Test
    void onlyEditorialStaffMayUseIt() {
        String page = pageWithThreeTexts();
        PortalHttp clerk = new PortalHttp(port).loggedIn("pages-clerk", PagesAppTest.PASSWORD);
        assertThat(clerk.get(edit(page)).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = new PortalHttp(port).get(edit(page));
        assertThat(anonymous.statusCode()).isIn(302, 401);
        // without the CSRF token nothing changes
        HttpResponse<String> forged = editor().post(PageEditorController.EDIT + "/order", Map.of("page", page,
                "lang", "", "path", page + "/main/dritter", "before", "erster"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(order(page)).containsExactly("erster", "zweiter", "dritter");
        assertThat(editor().get(edit("/merseburg/gibt-es-nicht")).statusCode()).isEqualTo(404);
    }
}
