package de.serviceportal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import javax.jcr.Node;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.testsupport.PortalHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The delivery endpoints over real HTTP: the demo sites' pages and assets from {@code light-modules/portal-sites}
 * and a small fixture of pages with typed properties (numbers, dates, booleans, lists) for every filter operator.
 * Oak runs with fail-traversal, so any traversing query would fail these tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGES = "/.rest/delivery/pages/v1";
    private static final String FIXTURE = PAGES + "?@ancestor=/delivery-fixture";

    @LocalServerPort
    int port;

    @Autowired
    ContentRepository repository;

    @Autowired
    Publisher publisher;

    PortalHttp http;

    @BeforeEach
    void fixture() {
        http = new PortalHttp(port);
        boolean created = repository.write(session -> {
            Node website = session.getNode("/website");
            if (website.hasNode("delivery-fixture")) {
                return false;
            }
            Node root = website.addNode("delivery-fixture", "mgnl:page");
            root.setProperty("title", "Testwurzel");
            page(root, "a", "Alpha", 5L, 1.5, "2026-01-10T10:00:00+01:00", "news", Boolean.TRUE)
                    .setProperty("title_en", "Alpha EN");
            root.getNode("a").setProperty("tags", new String[] {"x", "y"});
            page(root, "b", "Beta", 10L, 2.5, "2026-02-10T10:00:00+01:00", "news", Boolean.FALSE);
            page(root, "c", "Gamma", 10L, 0.5, "2026-03-10T10:00:00+01:00", "event", null);
            page(root, "d", "Delta", 20L, null, "2026-04-10T10:00:00+01:00", "event", null)
                    .setProperty("note", "Sondermüll: Abholung nach Termin");
            page(root, "e", "Epsilon", null, null, null, "misc", null);
            Node deep = website.addNode("delivery-deep", "mgnl:page");
            for (String name : List.of("level1", "level2", "level3", "level4")) {
                deep = deep.addNode(name, "mgnl:page");
            }
            return true;
        });
        if (created) {
            publisher.publish("website", "/delivery-fixture", true, "test", "Testinhalt");
            publisher.publish("website", "/delivery-deep", true, "test", "Testinhalt");
        }
    }

    private static Node page(Node parent, String name, String title, Long count, Double price, String event,
            String category, Boolean flag) throws javax.jcr.RepositoryException {
        Node page = parent.addNode(name, "mgnl:page");
        page.setProperty("title", title);
        page.setProperty("category", category);
        if (count != null) {
            page.setProperty("count", count);
        }
        if (price != null) {
            page.setProperty("price", price);
        }
        if (event != null) {
            page.setProperty("event", GregorianCalendar.from(ZonedDateTime.parse(event)));
        }
        if (flag != null) {
            page.setProperty("flag", flag);
        }
        return page;
    }

    @Test
    void readsAPageWithItsAreasComponentsAndMagnoliaShape() {
        JsonNode home = json(PAGES + "/merseburg", 200);
        assertThat(home.get("@name").asString()).isEqualTo("merseburg");
        assertThat(home.get("@path").asString()).isEqualTo("/merseburg");
        assertThat(home.get("@id").asString()).isEqualTo("c4c97ba4-bcc7-4df7-a1a1-d05ba3b70ea6");
        assertThat(home.get("@nodeType").asString()).isEqualTo("mgnl:page");
        assertThat(home.get("title").asString()).isEqualTo("Stadt Merseburg");
        assertThat(home.has("mgnl:created")).as("no system properties").isFalse();
        assertThat(home.has("mgnl:template")).isFalse();
        // children: areas and components only (childNodeTypes), subpages are not part of a page
        assertThat(names(home.get("@nodes"))).containsExactly("stage", "main", "aside", "footer");
        assertThat(names(home.get("main").get("@nodes"))).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(home.get("main").get("4").get("headline").asString())
                .isEqualTo("Bürgerbüro zwischen den Feiertagen");
        assertThat(home.get("main").get("0").get("@path").asString()).isEqualTo("/merseburg/main/0");
    }

    @Test
    void propertiesAreTyped() {
        JsonNode a = json(PAGES + "/delivery-fixture/a", 200);
        assertThat(a.get("count").isNumber()).isTrue();
        assertThat(a.get("count").asLong()).isEqualTo(5);
        assertThat(a.get("price").asDouble()).isEqualTo(1.5);
        assertThat(a.get("flag").isBoolean()).isTrue();
        assertThat(a.get("event").asString()).isEqualTo("2026-01-10T10:00+01:00");
        assertThat(a.get("tags").isArray()).isTrue();
        assertThat(names(a.get("tags"))).containsExactly("x", "y");
    }

    @Test
    void childrenOnlyWithAtNodes() {
        JsonNode main = json(PAGES + "/merseburg/main@nodes", 200);
        assertThat(main.isArray()).isTrue();
        assertThat(main).hasSize(6);
        assertThat(main.get(0).get("@name").asString()).isEqualTo("0");
        assertThat(main.get(0).get("headline").asString()).isEqualTo("Müllkalender");
    }

    @Test
    void depthLimitsTheLevelsOfChildren() {
        JsonNode deep = json("/.rest/delivery/navigation/v1/delivery-deep", 200);
        JsonNode level3 = deep.get("level1").get("level2").get("level3");
        assertThat(level3.get("@path").asString()).isEqualTo("/delivery-deep/level1/level2/level3");
        assertThat(level3.has("level4")).as("depth 3 ends here").isFalse();
        // navigation shows pages only, not areas
        JsonNode home = json("/.rest/delivery/navigation/v1/merseburg", 200);
        assertThat(names(home.get("@nodes"))).contains("buergerservice", "politik").doesNotContain("main");
        assertThat(home.get("buergerservice").get("muellkalender").get("title").asString())
                .isEqualTo("Müllkalender");
    }

    @Test
    void everyFilterOperator() {
        assertThat(titles("count[eq]=10")).containsExactly("Beta", "Gamma");
        assertThat(titles("count=10")).containsExactly("Beta", "Gamma");
        assertThat(titles("count%5Beq%5D=10")).as("encoded brackets").containsExactly("Beta", "Gamma");
        assertThat(titles("count[ne]=10")).containsExactly("Alpha", "Delta");
        assertThat(titles("count[lt]=10")).containsExactly("Alpha");
        assertThat(titles("count[lte]=10")).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(titles("count[gt]=10")).containsExactly("Delta");
        assertThat(titles("count[gte]=10")).containsExactly("Beta", "Gamma", "Delta");
        assertThat(titles("count[lt]=9")).as("numbers compare as numbers, not text").containsExactly("Alpha");
        assertThat(titles("title[like]=" + enc("%lta"))).containsExactly("Delta");
        assertThat(titles("title[like]=" + enc("G%a"))).containsExactly("Gamma");
        assertThat(titles("category[in]=" + enc("news|misc"))).containsExactly("Alpha", "Beta", "Epsilon");
        assertThat(titles("category[not-in]=" + enc("news|misc"))).containsExactly("Gamma", "Delta");
        assertThat(titles("count[in]=" + enc("4~10"))).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(titles("price[in]=" + enc("1~2|0.5"))).containsExactly("Alpha", "Gamma");
        assertThat(titles("count[not-in]=" + enc("4~10"))).containsExactly("Delta");
        assertThat(titles("event[in]=" + enc("2026-02-01~2026-03-31"))).containsExactly("Beta", "Gamma");
        assertThat(titles("event[gt]=2026-03-01")).containsExactly("Gamma", "Delta");
        assertThat(titles("event[lte]=" + enc("2026-02-10T10:00:00+01:00"))).containsExactly("Alpha", "Beta");
        assertThat(titles("flag[eq]=false")).containsExactly("Beta");
        assertThat(titles("flag[null]=true")).containsExactly("Gamma", "Delta", "Epsilon");
        assertThat(titles("flag[null]=false")).containsExactly("Alpha", "Beta");
        assertThat(titles("category=event&count[gt]=10")).as("filters combine with AND").containsExactly("Delta");
    }

    @Test
    void orderingByTwoKeysBothDirections() {
        assertThat(titles("orderBy=" + enc("count desc,title asc")))
                .containsExactly("Delta", "Beta", "Gamma", "Alpha", "Epsilon");
        assertThat(titles("orderBy=" + enc("count asc,title desc")))
                .containsExactly("Alpha", "Gamma", "Beta", "Delta", "Epsilon");
        assertThat(titles("orderBy=" + enc("title desc"))).containsExactly("Gamma", "Epsilon", "Delta", "Beta",
                "Alpha");
    }

    @Test
    void pagingAndTotal() {
        JsonNode page = json(FIXTURE + "&orderBy=title&offset=1&limit=2", 200);
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(titles(page)).containsExactly("Beta", "Delta");
        JsonNode last = json(FIXTURE + "&orderBy=title&offset=4&limit=2", 200);
        assertThat(titles(last)).containsExactly("Gamma");
        JsonNode beyond = json(FIXTURE + "&offset=50", 200);
        assertThat(beyond.get("total").asInt()).isEqualTo(5);
        assertThat(beyond.get("results")).isEmpty();
        JsonNode capped = json(FIXTURE + "&limit=5000", 200);
        assertThat(capped.get("limit").asInt()).as("capped at the endpoint's limit").isEqualTo(100);
        JsonNode all = json(PAGES + "?limit=3", 200);
        assertThat(all.get("results")).hasSize(3);
        assertThat(all.get("total").asInt()).as("every page of all three sites").isGreaterThan(30);
    }

    @Test
    void languageWithFallbackToTheDefault() {
        JsonNode en = json(FIXTURE + "&lang=en&orderBy=title", 200);
        assertThat(titles(en)).containsExactly("Alpha EN", "Beta", "Delta", "Epsilon", "Gamma");
        assertThat(en.get("results").get(0).has("title_en")).isFalse();
        assertThat(json(PAGES + "/merseburg?lang=en", 200).get("title").asString()).isEqualTo("Town of Merseburg");
        assertThat(json(PAGES + "/merseburg?lang=de", 200).get("title").asString()).isEqualTo("Stadt Merseburg");
        assertThat(titles("lang=en&title[like]=" + enc("%EN"))).as("filters see the language too")
                .containsExactly("Alpha EN");
    }

    @Test
    void ancestorAndName() {
        JsonNode service = json(PAGES + "?@ancestor=/merseburg/buergerservice", 200);
        List<String> paths = new ArrayList<>();
        service.get("results").forEach(r -> paths.add(r.get("@path").asString()));
        assertThat(paths).contains("/merseburg/buergerservice/muellkalender")
                .doesNotContain("/merseburg/buergerservice").allMatch(p -> p.startsWith("/merseburg/buergerservice/"));
        JsonNode named = json(PAGES + "?@name=muellkalender&@ancestor=/merseburg", 200);
        assertThat(named.get("total").asInt()).isEqualTo(1);
        assertThat(named.get("results").get(0).get("@path").asString())
                .isEqualTo("/merseburg/buergerservice/muellkalender");
    }

    @Test
    void fullTextMatchesAllWordsCaseInsensitively() throws InterruptedException {
        // q on pages asks the search index, which follows saves within moments, not within the same request
        for (int i = 0; i < 100 && titles("q=" + enc("SONDERMÜLL abholung")).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(titles("q=" + enc("SONDERMÜLL abholung"))).containsExactly("Delta");
        assertThat(titles("q=" + enc("sondermüll fehlt"))).isEmpty();
        // words in a page's components count for the page
        JsonNode pothole = json(PAGES + "?q=Schlagloch", 200);
        List<String> paths = new ArrayList<>();
        pothole.get("results").forEach(r -> paths.add(r.get("@path").asString()));
        assertThat(paths).contains("/merseburg").doesNotContain("/merseburg/buergerservice");
    }

    @Test
    void referencesResolveToPagesAndAssets() {
        JsonNode stage = json(PAGES + "/merseburg/stage/0", 200);
        JsonNode link = stage.get("link");
        assertThat(link.isObject()).isTrue();
        assertThat(link.get("@path").asString()).isEqualTo("/merseburg/buergerservice");
        assertThat(link.get("title").asString()).isEqualTo("Bürgerservice");
        JsonNode image = stage.get("image");
        assertThat(image.get("@id").asString()).isEqualTo("612aa1f7-7b1c-49f0-a23d-8658de174a76");
        assertThat(image.get("@name").asString()).isEqualTo("merseburg-stadtansicht");
        assertThat(image.get("title").asString()).isEqualTo("Merseburg – stilisierte Stadtansicht");
        assertThat(image.get("alt").asString()).startsWith("Zeichnung:");
        assertThat(image.get("link").asString())
                .isEqualTo("/dam/jcr:612aa1f7-7b1c-49f0-a23d-8658de174a76/merseburg-stadtansicht.png");
        assertThat(image.get("height").asInt()).isEqualTo(450);
        assertThat(http.get(image.get("link").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void assetsEndpoint() {
        JsonNode assets = json("/.rest/delivery/assets/v1?@name=merseburg-stadtansicht", 200);
        assertThat(assets.get("total").asInt()).isEqualTo(1);
        assertThat(assets.get("results").get(0).get("@path").asString())
                .isEqualTo("/portal/bilder/merseburg-stadtansicht");
    }

    @Test
    void errorsAreMagnoliaJsonNamingTheParameter() {
        assertError(FIXTURE + "&count[between]=1", 400, "invalidParameter", "count[between]");
        assertError(FIXTURE + "&event[gt]=morgen", 400, "invalidParameter", "event[gt]");
        assertError(FIXTURE + "&mgnl:created[lt]=kaputt", 400, "invalidParameter", "mgnl:created[lt]");
        assertError(FIXTURE + "&count[gt]=viele", 400, "invalidParameter", "count[gt]");
        assertError(FIXTURE + "&flag[null]=vielleicht", 400, "invalidParameter", "flag[null]");
        assertError(FIXTURE + "&orderBy=" + enc("title aufwärts"), 400, "invalidParameter", "orderBy");
        assertError(FIXTURE + "&limit=-1", 400, "invalidParameter", "limit");
        assertError(FIXTURE + "&offset=x", 400, "invalidParameter", "offset");
        assertError(PAGES + "/merseburg/gibt-es-nicht", 404, "pathNotFound", "/merseburg/gibt-es-nicht");
        assertError("/.rest/delivery/gibt-es-nicht/v1/merseburg", 404, "endpointNotFound", "gibt-es-nicht");
    }

    @Test
    void etagGives304AndLastModifiedIsSent() {
        HttpResponse<String> first = http.get(PAGES + "/merseburg");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        // anonymous: proxies may keep it briefly, browsers revalidate (the page cache's policy)
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, s-maxage=60");
        HttpResponse<String> again = http.getWith(PAGES + "/merseburg", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other = http.getWith(PAGES + "/merseburg", "If-None-Match", "\"anders\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(http.get(PAGES + "/saalekreis").headers().firstValue("ETag")).isNotEqualTo(Optional(etag));
    }

    private static java.util.Optional<String> Optional(String value) {
        return java.util.Optional.of(value);
    }

    @Test
    void corsPreflightAndGet() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(URI.create(base() + PAGES + "/merseburg"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET");
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(base() + PAGES + "/merseburg"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "DELETE").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(base() + PAGES + "/merseburg"))
                .header("Origin", "https://app.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");
    }

    @Test
    void endpointsAreListedInTheOpenApiDescription() {
        JsonNode docs = json("/v3/api-docs", 200);
        List<String> paths = new ArrayList<>();
        docs.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).anyMatch(p -> p.startsWith("/.rest/delivery/{endpoint}/v1"));
    }

    @Test
    void pageModelHasAreasComponentsAnnotationsAndInheritedFooter() {
        JsonNode page = json(PAGES + "/merseburg/buergerservice/muellkalender?model=page", 200);
        assertThat(page.get("@template").asString()).isEqualTo("portal-theme:pages/content");
        assertThat(page.get("@dialog").asString()).isEqualTo("portal-theme:pages/page");
        assertThat(page.get("@label").asString()).isEqualTo("Inhaltsseite");
        assertThat(page.get("@path").asString()).isEqualTo("/merseburg/buergerservice/muellkalender");
        assertThat(names(page.get("@areas"))).containsExactly("main", "aside", "footer");
        JsonNode footer = page.get("footer").get("components");
        assertThat(footer).hasSizeGreaterThanOrEqualTo(2);
        assertThat(footer.get(0).get("@inherited").asBoolean()).isTrue();
        assertThat(footer.get(0).get("@path").asString()).isEqualTo("/merseburg/footer/0");
        assertThat(footer.get(0).get("@template").asString()).isEqualTo("portal-theme:components/contactBox");
        assertThat(footer.get(1).get("@template").asString()).isEqualTo("portal-theme:components/linkList");
        assertThat(footer.get(1).get("@dialog").asString()).isEqualTo("portal-theme:components/linkList");
        assertThat(footer.get(1).get("@label").asString()).isEqualTo("Linkliste");
        JsonNode main = page.get("main").get("components");
        assertThat(main).isNotEmpty();
        assertThat(main.get(0).get("@inherited").asBoolean()).isFalse();
        assertThat(main.get(0).get("@path").asString()).startsWith("/merseburg/buergerservice/muellkalender/main/");
        assertThat(main.get(0).get("@template").asString()).startsWith("portal-theme:components/");
        assertThat(page.get("main").get("@template").asString()).isEqualTo("portal-theme:pages/content/main");
        // the home page has its own footer components, not inherited
        JsonNode home = json(PAGES + "/merseburg?model=page", 200);
        assertThat(home.get("footer").get("components").get(0).get("@inherited").asBoolean()).isFalse();
        assertError(PAGES + "/merseburg/main?model=page", 400, "invalidParameter", "model");
    }

    private List<String> titles(String filter) {
        return titles(json(FIXTURE + "&" + filter, 200));
    }

    private static List<String> titles(JsonNode answer) {
        List<String> titles = new ArrayList<>();
        answer.get("results").forEach(r -> titles.add(r.get("title").asString()));
        return titles;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    private void assertError(String path, int status, String code, String named) {
        JsonNode error = json(path, status).get("error");
        assertThat(error.get("code").asString()).as(path).isEqualTo(code);
        assertThat(error.get("message").asString()).as(path).contains(named);
    }

    private JsonNode json(String path, int status) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).contains("json");
        return JSON.readTree(response.body());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
