package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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

/** Rename, move and copy in the pages app: real HTTP against the real draft, bad input, CSRF and rights. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.test.context=page-actions")
class PageActionsTest {

    private static final String CONTENT = "portal-theme:pages/content";
    private static final String SECTION = "portal-theme:pages/section";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ContentStages stages;
    @Autowired
    ContentAudit audit;
    @Autowired
    Versions versions;
    @Autowired
    Publisher publisher;

    private PortalHttp as(StaffRole role) {
        return EditorStaff.as(port, accounts, "actions", role);
    }

    /** Creates a page through the pages app's form; returns its path. */
    private static String create(PortalHttp http, String parent, String title, String template) {
        String form = http.get(NewPageController.PATH + "?parent=" + parent).body();
        HttpResponse<String> created = http.post(NewPageController.PATH, Map.of("_csrf", PortalHttp.csrf(form),
                "parent", parent, "title", title, "name", "", "template", template));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return parent + "/" + NewPage.slug(title);
    }

    private String identifier(String path) {
        return stages.draft().read(session -> session.nodeExists("/website" + path)
                ? session.getNode("/website" + path).getIdentifier() : null);
    }

    private String title(String path) {
        return stages.draft().read(session -> session.getNode("/website" + path).getProperty("title").getString());
    }

    private static Map<String, String> form(String csrf, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void renameKeepsTheIdentifierAndTheTitleAndRejectsBadNames() {
        PortalHttp editor = as(StaffRole.EDITOR);
        long n = System.nanoTime();
        String page = create(editor, "/merseburg", "Umbenennen " + n, CONTENT);
        String sibling = create(editor, "/merseburg", "Nachbar " + n, CONTENT);
        String before = identifier(page);
        String screen = editor.get(RenamePageController.PATH + "?path=" + page).body();
        assertThat(screen).contains("Seite „Umbenennen " + n + "“ umbenennen");
        String csrf = PortalHttp.csrf(screen);

        HttpResponse<String> invalid = editor.post(RenamePageController.PATH,
                form(csrf, "path", page, "name", "Groß <b>"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("Die Adresse darf nur Kleinbuchstaben").contains("value=\"Groß &lt;b&gt;\"");
        HttpResponse<String> taken = editor.post(RenamePageController.PATH,
                form(csrf, "path", page, "name", sibling.substring(sibling.lastIndexOf('/') + 1)));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("gibt es schon eine Seite mit der Adresse");
        assertThat(identifier(page)).isEqualTo(before);
        Map<String, String> withoutCsrf = form(csrf, "path", page, "name", "neu-" + n);
        withoutCsrf.remove("_csrf");
        assertThat(editor.post(RenamePageController.PATH, withoutCsrf).statusCode()).isEqualTo(403);
        assertThat(identifier(page)).isEqualTo(before);

        HttpResponse<String> renamed = editor.post(RenamePageController.PATH, form(csrf, "path", page, "name",
                "neu-" + n));
        assertThat(renamed.statusCode()).isEqualTo(303);
        assertThat(editor.get(PortalHttp.location(renamed)).body()).contains("Die Seite wurde umbenannt")
                .contains("/merseburg/neu-" + n);
        assertThat(identifier(page)).isNull();
        assertThat(identifier("/merseburg/neu-" + n)).isEqualTo(before);
        assertThat(title("/merseburg/neu-" + n)).isEqualTo("Umbenennen " + n);
        assertThat(audit.forPath("website", "/merseburg/neu-" + n, 5)).extracting(ContentAudit.Entry::action)
                .contains("RENAME");
    }

    @Test
    void moveOnlyWhereTheTemplateIsAllowedAndNeverIntoItself() {
        PortalHttp editor = as(StaffRole.EDITOR);
        long n = System.nanoTime();
        String section = create(editor, "/merseburg", "Bereich " + n, SECTION);
        String target = create(editor, "/merseburg", "Ziel " + n, CONTENT);
        String page = create(editor, section, "Wandernd " + n, CONTENT);
        String child = create(editor, page, "Kind " + n, CONTENT);
        String id = identifier(page);
        String picker = editor.get(PagesController.PAGES + "/move?path=" + page).body();
        assertThat(picker).contains("Seite „Wandernd " + n + "“ verschieben");
        String csrf = PortalHttp.csrf(picker);

        HttpResponse<String> intoItself = editor.post(PagesController.PAGES + "/move",
                form(csrf, "path", page, "target", child));
        assertThat(intoItself.statusCode()).isEqualTo(400);
        assertThat(intoItself.body()).contains("nicht in sich selbst oder in eine ihrer Unterseiten");
        HttpResponse<String> notAllowed = editor.post(PagesController.PAGES + "/move",
                form(csrf, "path", section, "target", target));
        assertThat(notAllowed.statusCode()).isEqualTo(400);
        assertThat(notAllowed.body()).contains("ist unter „Ziel " + n + "“").contains("nicht erlaubt");
        HttpResponse<String> nowhere = editor.post(PagesController.PAGES + "/move",
                form(csrf, "path", page, "target", "/gibt-es-nicht-" + n));
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(nowhere.body()).contains("Bitte wählen Sie aus, wohin die Seite soll.");
        assertThat(identifier(page)).isEqualTo(id);
        assertThat(identifier(section)).isNotNull();

        HttpResponse<String> moved = editor.post(PagesController.PAGES + "/move",
                form(csrf, "path", page, "target", target));
        assertThat(moved.statusCode()).isEqualTo(303);
        String now = target + page.substring(page.lastIndexOf('/'));
        assertThat(editor.get(PortalHttp.location(moved)).body()).contains("Die Seite wurde verschoben");
        assertThat(identifier(page)).isNull();
        assertThat(identifier(now)).isEqualTo(id);
        assertThat(identifier(now + child.substring(child.lastIndexOf('/')))).isNotNull();
    }

    @Test
    void copyMakesANewUnpublishedSubtreeTitledKopieVon() {
        PortalHttp editor = as(StaffRole.EDITOR);
        long n = System.nanoTime();
        String page = create(editor, "/merseburg", "Vorlage " + n, CONTENT);
        String child = create(editor, page, "Unterseite " + n, CONTENT);
        String csrf = PortalHttp.csrf(editor.get(PagesController.PAGES + "/copy?path=" + page).body());

        HttpResponse<String> copied = editor.post(PagesController.PAGES + "/copy",
                form(csrf, "path", page, "target", "/merseburg"));

        assertThat(copied.statusCode()).isEqualTo(303);
        String copy = page + "-kopie";
        assertThat(editor.get(PortalHttp.location(copied)).body()).contains("Die Kopie wurde unter")
                .contains("noch nicht veröffentlicht");
        assertThat(title(copy)).isEqualTo("Kopie von Vorlage " + n);
        assertThat(identifier(copy)).isNotNull().isNotEqualTo(identifier(page));
        String copiedChild = copy + child.substring(child.lastIndexOf('/'));
        assertThat(identifier(copiedChild)).isNotNull().isNotEqualTo(identifier(child));
        assertThat(title(page)).isEqualTo("Vorlage " + n);
        boolean live = stages.live().read(session -> session.nodeExists("/website" + copy));
        assertThat(live).isFalse();
    }

    @Test
    void deleteNeedsConfirmationKeepsVersionsAndTakesSubpagesAlong() {
        PortalHttp editor = as(StaffRole.EDITOR);
        long n = System.nanoTime();
        String page = create(editor, "/merseburg", "Loeschen " + n, CONTENT);
        String child = create(editor, page, "Mit weg " + n, CONTENT);
        String pageId = identifier(page);
        String childId = identifier(child);
        String screen = editor.get(DeletePageController.PATH + "?path=" + page).body();
        assertThat(screen).contains("Seite „Loeschen " + n + "“ löschen").contains("zusammen mit <strong>1 Unterseite</strong>");
        String csrf = PortalHttp.csrf(screen);

        HttpResponse<String> unconfirmed = editor.post(DeletePageController.PATH, form(csrf, "path", page));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Bitte bestätigen Sie, dass die Seite gelöscht werden soll.");
        assertThat(identifier(page)).isEqualTo(pageId);
        Map<String, String> withoutCsrf = form(csrf, "path", page, "bestaetigt", "ja");
        withoutCsrf.remove("_csrf");
        assertThat(editor.post(DeletePageController.PATH, withoutCsrf).statusCode()).isEqualTo(403);
        assertThat(identifier(page)).isEqualTo(pageId);

        HttpResponse<String> deleted = editor.post(DeletePageController.PATH,
                form(csrf, "path", page, "bestaetigt", "ja"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(editor.get(PortalHttp.location(deleted)).body()).contains("wurde gelöscht")
                .contains("als Version aufbewahrt");
        assertThat(identifier(page)).isNull();
        assertThat(identifier(child)).isNull();
        assertThat(versions.list(pageId)).extracting(Versions.Version::reason).contains(Versions.Reason.DELETE);
        assertThat(versions.list(childId)).extracting(Versions.Version::reason).contains(Versions.Reason.DELETE);
    }

    @Test
    void aLivePageIsDeletedOnlyByPublishersWhoTakeItOffTheLiveSiteAtOnce() {
        PortalHttp editor = as(StaffRole.EDITOR);
        long n = System.nanoTime();
        String page = create(editor, "/merseburg", "Live " + n, CONTENT);
        String id = identifier(page);
        publisher.publish("website", page, false, "test", null);
        String screen = editor.get(DeletePageController.PATH + "?path=" + page).body();
        assertThat(screen).contains("Zurückziehen beantragen");

        HttpResponse<String> refused = editor.post(DeletePageController.PATH,
                form(PortalHttp.csrf(screen), "path", page, "bestaetigt", "ja"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Die Seite ist noch veröffentlicht");
        assertThat(identifier(page)).isEqualTo(id);
        assertThat(publisher.isLive(id)).isTrue();

        PortalHttp publishing = as(StaffRole.PUBLISHER);
        String confirm = publishing.get(DeletePageController.PATH + "?path=" + page).body();
        assertThat(confirm).contains("zugleich von der öffentlichen Website genommen");
        HttpResponse<String> deleted = publishing.post(DeletePageController.PATH,
                form(PortalHttp.csrf(confirm), "path", page, "bestaetigt", "ja"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(identifier(page)).isNull();
        assertThat(publisher.isLive(id)).isFalse();
        assertThat(versions.list(id)).extracting(Versions.Version::reason)
                .contains(Versions.Reason.UNPUBLISH, Versions.Reason.DELETE);
    }

    @Test
    void clerksGetNoPageActions() {
        PortalHttp editor = as(StaffRole.EDITOR);
        String page = create(editor, "/merseburg", "Sachbearbeitung " + System.nanoTime(), CONTENT);
        PortalHttp clerk = as(StaffRole.CLERK);
        assertThat(clerk.get(RenamePageController.PATH + "?path=" + page).statusCode()).isEqualTo(403);
        assertThat(clerk.get(PagesController.PAGES + "/move?path=" + page).statusCode()).isEqualTo(403);
        String csrf = clerk.csrfToken();
        assertThat(clerk.post(RenamePageController.PATH, form(csrf, "path", page, "name", "weg")).statusCode())
                .isEqualTo(403);
        assertThat(clerk.post(DeletePageController.PATH, form(csrf, "path", page, "bestaetigt", "ja"))
                .statusCode()).isEqualTo(403);
        assertThat(clerk.post(PagesController.PAGES + "/copy", form(csrf, "path", page, "target", "/merseburg"))
                .statusCode()).isEqualTo(403);
        assertThat(identifier(page)).isNotNull();
    }
}
