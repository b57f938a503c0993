package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.ContentAudit;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;

/** Creating a page in the pages app: the allowed templates only, German field errors, nothing lost, a draft. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
class NewPageTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ContentStages stages;
    @Autowired
    ContentAudit audit;
    @Autowired
    PageTemplates templates;

    private PortalHttp editor() {
        if (accounts.find("new-page-editor").isEmpty()) {
            accounts.create("new-page-editor", PagesAppTest.PASSWORD, "Neue Seite", null, Set.of(StaffRole.EDITOR));
        }
        return new PortalHttp(port).loggedIn("new-page-editor", PagesAppTest.PASSWORD);
    }

    @Test
    void templatesAreOfferedByTypeAndVisibility() {
        assertThat(templates.allowedUnder(null)).extracting(PageTemplates.Choice::id)
                .contains("portal-theme:pages/home").doesNotContain("portal-theme:pages/content");
        assertThat(templates.allowedUnder("portal-theme:pages/home")).extracting(PageTemplates.Choice::id)
                .contains("portal-theme:pages/section", "portal-theme:pages/content")
                .doesNotContain("portal-theme:pages/home", "portal-theme:pages/region");
        assertThat(templates.allowedUnder("portal-theme:pages/content")).extracting(PageTemplates.Choice::id)
                .contains("portal-theme:pages/content").doesNotContain("portal-theme:pages/section");
    }

    @Test
    void anEditorCreatesADraftPageFromTheForm() {
        PortalHttp editor = editor();
        String form = editor.get(NewPageController.PATH + "?parent=/merseburg").body();
        assertThat(form).contains("Neue Seite unter „Stadt Merseburg“").contains("value=\"portal-theme:pages/content\"")
                .doesNotContain("value=\"portal-theme:pages/home\"");
        String title = "Müll & Abfall " + System.nanoTime();

        HttpResponse<String> created = editor.post(NewPageController.PATH, Map.of("_csrf", PortalHttp.csrf(form),
                "parent", "/merseburg", "title", title, "name", "", "template", "portal-theme:pages/content"));

        String name = NewPage.slug(title);
        assertThat(name).startsWith("muell-abfall-");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(PortalHttp.location(created)).contains("angelegt=%2Fmerseburg%2F" + name);
        String level = editor.get(PortalHttp.location(created)).body();
        assertThat(level).contains("Die Seite „" + title.replace("&", "&amp;") + "“ wurde angelegt")
                .contains("nicht veröffentlicht");
        String template = stages.draft().read(session -> session.getNode("/website/merseburg/" + name)
                .getProperty("mgnl:template").getString());
        assertThat(template).isEqualTo("portal-theme:pages/content");
        boolean live = stages.live().read(session -> session.nodeExists("/website/merseburg/" + name));
        assertThat(live).isFalse();
        assertThat(audit.forPath("website", "/merseburg/" + name, 5)).extracting(ContentAudit.Entry::action,
                ContentAudit.Entry::actor).containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE",
                        "new-page-editor"));
    }

    @Test
    void invalidInputShowsGermanMessagesKeepsTheInputAndSavesNothing() {
        PortalHttp editor = editor();
        String csrf = PortalHttp.csrf(editor.get(NewPageController.PATH + "?parent=/merseburg").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("parent", "/merseburg");
        form.put("title", "Eine <Seite>");
        form.put("name", "Groß Buchstaben!");
        form.put("template", "portal-theme:pages/home"); // not allowed below a home page

        HttpResponse<String> answer = editor.post(NewPageController.PATH, form);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Bitte prüfen Sie Ihre Angaben")
                .contains("Die Adresse darf nur Kleinbuchstaben").contains("Bitte wählen Sie eine der angebotenen")
                .contains("value=\"Eine &lt;Seite&gt;\"").contains("value=\"Groß Buchstaben!\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"name-fehler name-hilfe\"");
        List<String> names = stages.draft().read(session -> {
            List<String> all = new java.util.ArrayList<>();
            for (var it = session.getNode("/website/merseburg").getNodes(); it.hasNext();) {
                all.add(it.nextNode().getName());
            }
            return all;
        });
        assertThat(names).noneMatch(n -> n.toLowerCase().contains("gro"));

        form.put("name", "buergerservice"); // exists already
        form.put("template", "portal-theme:pages/content");
        HttpResponse<String> taken = editor.post(NewPageController.PATH, form);
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("gibt es schon eine Seite mit der Adresse „buergerservice“");

        form.remove("_csrf");
        assertThat(editor.post(NewPageController.PATH, form).statusCode()).isEqualTo(403);
    }
}
