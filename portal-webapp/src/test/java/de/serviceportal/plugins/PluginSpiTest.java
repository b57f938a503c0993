package de.serviceportal.plugins;

import static de.serviceportal.testsupport.PortalHttp.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.plugin.ContentPublished;
import de.serviceportal.plugin.SiteSettings;
import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;
import de.serviceportal.testsupport.TestPortalHome;

/**
 * The plugin SPI end to end with the example plugin (a test dependency, loaded through its auto-configuration like
 * any plugin jar): real HTTP, the real H2 database, the project's light modules plus the plugin's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PluginSpiTest.OWN_CONTEXT)
class PluginSpiTest {

    /** A context of their own: the test page and accounts these tests add stay out of other tests' portals. */
    static final String OWN_CONTEXT = "portal.test.context=plugin-spi";
    static final String PASSWORD = "plugin-test-passwort";
    static final String PAGE = "/merseburg/hallo-test";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ContentRepository repository;
    @Autowired
    Publisher publisher;
    @Autowired
    SiteSettings settings;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    LightModuleRegistry modules;

    @BeforeEach
    void accountsAndPage() {
        for (StaffRole role : StaffRole.values()) {
            String name = "plugin-" + role.name().toLowerCase();
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, PASSWORD, "Plugin-Test " + role, null, Set.of(role));
            }
        }
        createTestPage(repository, publisher);
    }

    /** A content page of the Merseburg site with the example plugin's component in its main area. */
    static void createTestPage(ContentRepository repository, Publisher publisher) {
        boolean created = repository.write(session -> {
            if (session.nodeExists("/website" + PAGE)) {
                return false;
            }
            Node page = session.getNode("/website/merseburg").addNode("hallo-test", "mgnl:page");
            page.setProperty("mgnl:template", "portal-theme:pages/content");
            page.setProperty("title", "Hallo-Test");
            page.setProperty("hideInNav", true);
            Node component = page.addNode("main", "mgnl:area").addNode("0", "mgnl:component");
            component.setProperty("mgnl:template", "example:components/hello");
            component.setProperty("name", "Merseburg");
            return true;
        });
        if (created) {
            publisher.publish("website", PAGE, true, "test", "Testseite");
        }
    }

    PortalHttp login(String user) {
        PortalHttp http = new PortalHttp(port);
        String password = user.equals("admin") ? TestPortalHome.TEST_ADMIN_PASSWORD : PASSWORD;
        assertThat(http.login(user, password).statusCode()).isEqualTo(302);
        return http;
    }

    @Test
    void theAdminOverviewListsTheInstalledPluginAndWhatItBrings() {
        HttpResponse<String> response = login("admin").get("/.admin/plugins");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"de\">", "Installierte Dienste", "Beispiel-Dienst",
                "<code>example</code>", "/.rest/example/v1/", "Zuletzt veröffentlicht (Beispiel-Dienst)",
                "<code>example.manage</code>", "ADMIN, EDITOR", "flyway_history_example", "Stand 1",
                "<code>example.cleanup</code>", "/.admin/plugins/example/settings");
        assertThat(new PortalHttp(port).get("/.admin/plugins").statusCode()).isEqualTo(302);
        assertThat(login("plugin-editor").get("/.admin/plugins").statusCode()).isEqualTo(403);
    }

    @Test
    void thePluginComponentRendersWithItsModelAndTheSiteSetting() {
        settings.set("merseburg", "example", "salutation", null);
        String html = new PortalHttp(port).get(PAGE).body();
        assertThat(html).contains("<p class=\"hello__greeting\">Hallo, Merseburg!</p>")
                .contains("<p class=\"hello__site\">Willkommen bei Stadt Merseburg</p>")
                .contains("/.resources/example/webresources/css/hello.css")
                .doesNotContain("hello--highlighted");

        settings.set("merseburg", "example", "salutation", "Moin");
        settings.set("merseburg", "example", "style", "hervorgehoben");
        settings.set("merseburg", "example", "showSiteName", "false");
        try {
            html = new PortalHttp(port).get(PAGE + "?name=%3Cb%3EAnna%3C/b%3E").body();
            assertThat(html).contains("<div class=\"hello hello--highlighted\">")
                    .contains("<p class=\"hello__greeting\">Moin, &lt;b&gt;Anna&lt;/b&gt;!</p>")
                    .doesNotContain("hello__site");
        } finally {
            settings.set("merseburg", "example", "salutation", null);
            settings.set("merseburg", "example", "style", null);
            settings.set("merseburg", "example", "showSiteName", null);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDecorationOffersTheComponentInTheThemesContentPages() {
        var content = modules.current().get(DefinitionType.TEMPLATE, "portal-theme:pages/content").orElseThrow();
        var main = (Map<String, Object>) ((Map<String, Object>) content.properties().get("areas")).get("main");
        var available = (Map<String, Object>) main.get("availableComponents");
        assertThat(available).containsKey("text"); // the theme's own stay
        assertThat((Map<String, Object>) available.get("hello")).containsEntry("id", "example:components/hello");
        assertThat(modules.current().get(DefinitionType.TEMPLATE, "example:components/hello")).isPresent();
        assertThat(modules.current().get(DefinitionType.DIALOG, "example:components/hello")).isPresent();
    }

    @Test
    void theRestEndpointAnswersAndIsInTheOpenApiDescription() {
        PortalHttp http = new PortalHttp(port);
        HttpResponse<String> greeting = http.get("/.rest/example/v1/greeting?site=merseburg&name=Anna");
        assertThat(greeting.statusCode()).isEqualTo(200);
        assertThat(greeting.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(greeting.body()).contains("\"greeting\":\"Hallo, Anna!\"").contains("\"site\":\"merseburg\"");

        HttpResponse<String> unknownSite = http.get("/.rest/example/v1/greeting?site=atlantis");
        assertThat(unknownSite.statusCode()).isEqualTo(400);
        assertThat(unknownSite.body()).contains("Die Site „atlantis“ gibt es nicht.");

        HttpResponse<String> apiDocs = http.get("/v3/api-docs");
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("\"/.rest/example/v1/greeting\"")
                .contains("Schnittstellen der Dienste")
                .doesNotContain("/.admin/plugins"); // staff pages are no API
        HttpResponse<String> swaggerUi = http.get("/swagger-ui.html");
        assertThat(swaggerUi.statusCode()).isEqualTo(302);
        HttpResponse<String> swaggerPage = http.get(location(swaggerUi));
        assertThat(swaggerPage.statusCode()).isEqualTo(200);
        assertThat(swaggerPage.body()).contains("swagger-ui");
    }

    @Test
    void aPostToAPluginEndpointWithoutCsrfTokenIsRejected() {
        assertThat(new PortalHttp(port).post("/.rest/example/v1/greeting?site=merseburg", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void thePluginMigrationRanWithItsOwnHistoryTable() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM example_published").query(Long.class).single()).isNotNegative();
        List<String> versions = jdbc.sql("SELECT \"version\" FROM \"flyway_history_example\""
                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .query(String.class).list();
        assertThat(versions).containsExactly("0", "1"); // baseline below the plugin's first migration, then V1
        assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"script\" LIKE '%example%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void settingsAreSavedThroughTheAdminScreenAndValidated() {
        PortalHttp admin = login("admin");
        String url = "/.admin/plugins/example/settings?site=merseburg";
        HttpResponse<String> form = admin.get(url);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Begrüßungswort", "Höchstlänge des Namens", "value=\"Hallo\"");

        Map<String, String> values = new LinkedHashMap<>();
        values.put("s.salutation", "Guten Tag");
        values.put("s.maxNameLength", "zwölf");
        values.put("s.style", "knallig");
        values.put("s.showSiteName", "true");
        assertThat(admin.post(url, values).statusCode()).as("without CSRF token").isEqualTo(403);

        values.put("_csrf", csrf(form.body()));
        HttpResponse<String> invalid = admin.post(url, values);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("Die Einstellungen wurden nicht gespeichert.")
                .contains("„Höchstlänge des Namens“ muss eine ganze Zahl sein (zum Beispiel 40), nicht „zwölf“.")
                .contains("„Darstellung“ muss einer dieser Werte sein: schlicht, hervorgehoben.")
                .contains("value=\"Guten Tag\"") // what was entered stays in the form
                .contains("aria-invalid=\"true\"");
        assertThat(settings.get("merseburg", "example", "salutation")).as("nothing stored").isEqualTo("Hallo");

        values.put("s.maxNameLength", "5");
        values.put("s.style", "hervorgehoben");
        values.remove("s.showSiteName"); // unticked
        HttpResponse<String> saved = admin.post(url, values);
        try {
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(location(saved)).isEqualTo(url + "&gespeichert");
            assertThat(admin.get(location(saved)).body()).contains("Die Einstellungen wurden gespeichert.");
            assertThat(settings.all("merseburg", "example")).containsEntry("salutation", "Guten Tag")
                    .containsEntry("maxNameLength", "5").containsEntry("style", "hervorgehoben")
                    .containsEntry("showSiteName", "false");
            assertThat(settings.get("saalekreis", "example", "salutation")).as("other sites keep theirs")
                    .isEqualTo("Hallo");
            assertThat(new PortalHttp(port).get("/.rest/example/v1/greeting?site=merseburg&name=Annegret").body())
                    .contains("Guten Tag, Anneg…!");
        } finally {
            for (String key : List.of("salutation", "maxNameLength", "style", "showSiteName")) {
                settings.set("merseburg", "example", key, null);
            }
        }
        assertThat(login("plugin-editor").get(url).statusCode()).isEqualTo(403);
        assertThat(admin.get("/.admin/plugins/example/settings?site=atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void theSettingsApiRejectsValuesThatDoNotFit() {
        assertThatThrownBy(() -> settings.set("merseburg", "example", "showSiteName", "vielleicht"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("„Namen der Site nennen“");
        assertThatThrownBy(() -> settings.set("merseburg", "example", "unbekannt", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbekannt");
        assertThatThrownBy(() -> settings.get("atlantis", "example", "salutation"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStaffScreenNeedsThePermissionsRoles() {
        String screen = "/.editor/plugins/example/veroeffentlichungen";
        HttpResponse<String> anonymous = new PortalHttp(port).get(screen);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(location(anonymous)).isEqualTo("/.login");
        assertThat(login("plugin-clerk").get(screen).statusCode()).isEqualTo(403);
        assertThat(login("plugin-publisher").get(screen).statusCode()).isEqualTo(403);
        assertThat(login("plugin-editor").get(screen).statusCode()).isEqualTo(200);
        assertThat(login("plugin-admin").get(screen + "/unterseite").statusCode()).as("below the screen too")
                .isNotIn(302, 403);

        assertThat(login("plugin-editor").get("/.editor/plugins").body())
                .contains("<a href=\"" + screen + "\">Zuletzt veröffentlicht (Beispiel-Dienst)</a>");
        assertThat(login("plugin-clerk").get("/.editor/plugins").body())
                .doesNotContain(screen).contains("keine Arbeitsbereiche");
    }

    @Test
    void aPublishedEventReachesThePluginsListener() {
        String path = "/merseburg/event-" + System.nanoTime();
        events.publishEvent(new ContentPublished("website", path, "redakteurin", Instant.now()));
        assertThat(jdbc.sql("SELECT published_by FROM example_published WHERE path = ?").param(path)
                .query(String.class).list()).containsExactly("redakteurin");
        assertThat(login("plugin-editor").get("/.editor/plugins/example/veroeffentlichungen").body()).contains(path);
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF field in the form").isTrue();
        return m.group(1);
    }
}
