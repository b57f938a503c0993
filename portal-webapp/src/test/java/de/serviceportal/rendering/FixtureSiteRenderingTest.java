package de.serviceportal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.PropertyType;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.testsupport.FixtureModules;
import de.serviceportal.testsupport.PortalHttp;
import de.serviceportal.testsupport.TestPortalHome;

/**
 * The whole path from URL to HTML on a small light module of its own: a Magnolia-format bootstrap file is imported
 * on start and rendered, and template changes in the (temporary) light-modules folder show without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.test.explicit-light-modules=true")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixtureSiteRenderingTest {

    static Path modules;

    @DynamicPropertySource
    static void lightModules(DynamicPropertyRegistry registry) throws IOException {
        modules = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "light-modules-");
        FixtureModules.copyTo(modules);
        registry.add("portal.light-modules", modules::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ContentRepository repository;

    @Autowired
    Publisher publisher;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void bootstrapKeepsIdentifiersTypesAndOrder() {
        repository.read(session -> {
            Node text = session.getNodeByIdentifier("1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d");
            assertThat(text.getPath()).isEqualTo("/website/test/main/0");
            assertThat(text.getPrimaryNodeType().getName()).isEqualTo("mgnl:component");
            Node home = session.getNode("/website/test");
            assertThat(home.getProperty("mgnl:created").getType()).isEqualTo(PropertyType.DATE);
            assertThat(home.getNode("main").getNodes()).toIterable().extracting(n -> ((Node) n).getName())
                    .containsExactly("0", "1", "2");
            return null;
        });
    }

    @Test
    void rendersThePageWithAreasComponentsAndTemplateObjects() throws Exception {
        HttpResponse<String> response = get("/test");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String html = response.body();
        assertThat(html).contains("<title>Startseite der Testgemeinde – Testgemeinde</title>")
                .contains("<html lang=\"de\">")
                .contains("<p class=\"motto\">Gemeinsam testen</p>")
                .contains("<p class=\"i18n\">Guten Tag</p>")
                .contains("<p class=\"name\">test|/test|1</p>")
                .contains("<a href=\"/test/unterseite\">Unterseite</a>")
                // escaped by default, rich text sanitised
                .contains("<h2>Willkommen &lt;im&gt; Rathaus</h2>")
                .contains("<p>Erster Absatz mit <strong>Fettdruck</strong>.</p>")
                .doesNotContain("<script>alert(1)</script>")
                .containsPattern("(?s)id=\"c-0\".*id=\"c-2\"")
                .contains("Fußzeile vom Start")
                .containsPattern("<link rel=\"stylesheet\" href=\"/.resources/test-site/webresources/css/test.css\\?v=[0-9a-f]+\">");
    }

    /** First, because each problem is logged once per light-module generation, not on every request. */
    @Test
    @Order(1)
    void unknownComponentTemplateLeavesTheRestOfThePageAndWarns(CapturedOutput output) throws Exception {
        String html = get("/test").body();
        assertThat(html).contains("Zweiter Text").doesNotContain("Unsichtbar").doesNotContain("Hinweis für die Redaktion");
        assertThat(output.getAll()).contains("unknown template 'test-site:components/doesNotExist'");
    }

    @Test
    void unknownPageTemplateRendersWithTheFallback() throws Exception {
        HttpResponse<String> response = get("/test/kaputt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1>Seite mit unbekannter Vorlage</h1>")
                .doesNotContain("Hinweis für die Redaktion");
    }

    @Test
    void staffSeeNoticesForWhatIsLeftOut() {
        PortalHttp staff = new PortalHttp(port);
        assertThat(staff.login("admin", TestPortalHome.TEST_ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(staff.get("/test").body()).contains("Hinweis für die Redaktion")
                .contains("unbekannten Vorlage „test-site:components/doesNotExist“");
        assertThat(staff.get("/test/kaputt").body()).contains("unbekannte Vorlage „test-site:pages/unknownTemplate“");
    }

    @Test
    void inheritedAreaComponentsComeFirst() throws Exception {
        String html = get("/test/unterseite").body();
        assertThat(html).containsPattern("(?s)<footer>.*Fußzeile vom Start.*Eigene Fußzeile.*</footer>");
        assertThat(html).contains("<p class=\"name\">unterseite|/test/unterseite|2</p>");
    }

    @Test
    void areasRespectMaxComponentsAndSingleType() throws Exception {
        String html = get("/test/begrenzt").body();
        assertThat(html).contains("Eins").contains("Zwei").doesNotContain("Drei");
        assertThat(html).contains("Bühne neu").doesNotContain("Bühne alt");
    }

    @Test
    void otherLanguageUsesSuffixedPropertiesMessagesAndLinks() throws Exception {
        String html = get("/test/en").body();
        assertThat(html).contains("<html lang=\"en\">").contains("<h1>Home of the test municipality</h1>")
                .contains("<p class=\"i18n\">Good day</p>").contains("href=\"/test/en/unterseite\"");
    }

    @Test
    void htmlSuffixAndTrailingSlashRedirectToTheOneUrlOfThePage() throws Exception {
        for (String variant : new String[] {"/test/unterseite.html", "/test/unterseite/", "/test/unterseite.html/"}) {
            HttpResponse<String> response = get(variant);
            assertThat(response.statusCode()).as(variant).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).as(variant).hasValue("/test/unterseite");
        }
        assertThat(get("/test/unterseite.html?x=1").headers().firstValue("Location")).hasValue("/test/unterseite?x=1");
        assertThat(get("/test/unterseite").statusCode()).isEqualTo(200);
    }

    @Test
    void theNotFoundPageItselfAnswers404() throws Exception {
        assertThat(get("/test/nicht-gefunden").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathShowsTheSitesOwnNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/test/gibt/es/nicht");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Seite nicht gefunden</h1>").contains("Testgemeinde");
        HttpResponse<String> noSite = get("/keine-site");
        assertThat(noSite.statusCode()).isEqualTo(404);
        assertThat(noSite.body()).contains("Seite nicht gefunden").doesNotContain("Exception");
        assertThat(get("/test/%5Bx%5D").statusCode()).isEqualTo(404);
    }

    @Test
    void webResourcesAreServedWithCacheHeaders() throws Exception {
        HttpResponse<String> css = get("/.resources/test-site/webresources/css/test.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.headers().firstValue("Cache-Control")).contains("public, max-age=3600");
        String etag = css.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(uri("/.resources/test-site/webresources/css/test.css"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get("/.resources/test-site/webresources/css/test.css?v=1").headers().firstValue("Cache-Control"))
                .contains("public, max-age=31536000, immutable");
        assertThat(get("/.resources/test-site/templates/pages/page.ftl").statusCode()).isEqualTo(404);
        assertThat(get("/.resources/test-site/webresources/css/none.css").statusCode()).isEqualTo(404);
    }

    @Test
    void templateChangesShowWithoutRestartAndBrokenOnesKeepTheLastGood() throws Exception {
        Path script = modules.resolve("test-site/templates/components/text.ftl");
        String original = Files.readString(script);
        try {
            Files.writeString(script, original.replace("<div class=\"text\"", "<div class=\"text changed\""));
            assertThat(await("/test", html -> html.contains("class=\"text changed\""))).contains("Zweiter Text");

            Files.writeString(script, "<div>\n[#if unclosed]\n");
            PortalHttp admin = new PortalHttp(port);
            admin.login("admin", TestPortalHome.TEST_ADMIN_PASSWORD);
            String status = await(() -> admin.get("/.admin/definitions").body(),
                    body -> body.contains("/test-site/templates/components/text.ftl:"));
            assertThat(status).contains("/test-site/templates/components/text.ftl:2");
            assertThat(get("/test").body()).contains("class=\"text changed\"").contains("Zweiter Text");
        } finally {
            Files.writeString(script, original);
        }
        assertThat(await("/test", html -> !html.contains("class=\"text changed\""))).contains("class=\"text\"");
    }

    @Test
    void addedAndDeletedDefinitionsAndChangedPageTemplatesApplyWithoutRestart() throws Exception {
        Path page = modules.resolve("test-site/templates/pages/page.ftl");
        String original = Files.readString(page);
        Path quote = modules.resolve("test-site/templates/components/quote.yaml");
        repository.write(session -> {
            Node component = session.getNode("/website/test/unterseite").addNode("main", "mgnl:area")
                    .addNode("0", "mgnl:component");
            component.setProperty("mgnl:template", "test-site:components/quote");
            component.setProperty("text", "Wer testet, gewinnt.");
            return null;
        });
        publisher.publish("website", "/test/unterseite", false, "test", "Testinhalt");
        try {
            assertThat(get("/test/unterseite").body()).doesNotContain("Wer testet");
            Files.writeString(modules.resolve("test-site/templates/components/quote.ftl"),
                    "<blockquote>${content.text}</blockquote>");
            Files.writeString(quote, "title: Zitat\n");
            await("/test/unterseite", html -> html.contains("<blockquote>Wer testet, gewinnt.</blockquote>"));

            Files.writeString(page, original.replace("<main id=\"inhalt\">", "<main id=\"inhalt\" class=\"neu\">"));
            await("/test/unterseite", html -> html.contains("class=\"neu\""));

            Files.delete(quote);
            await("/test/unterseite", html -> !html.contains("Wer testet"));
        } finally {
            Files.writeString(page, original);
            repository.write(session -> {
                session.getNode("/website/test/unterseite/main").remove();
                return null;
            });
            publisher.publish("website", "/test/unterseite", false, "test", "Testinhalt");
        }
    }

    private String await(String path, Predicate<String> condition) throws Exception {
        return await(() -> get(path).body(), condition);
    }

    /** Waits for the file-change event (delivered asynchronously by the kernel, within milliseconds). */
    private static String await(Callable<String> fetch, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String body = fetch.call();
        while (!condition.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            body = fetch.call();
        }
        assertThat(condition.test(body)).as("reached the expected state:%n%s", body).isTrue();
        return body;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
