package de.serviceportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.testsupport.PortalHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code q} of the pages delivery endpoint goes through the search index: stemming, ranking, languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliverySearchTest {

    private static final String PAGES = "/.rest/delivery/pages/v1";

    @LocalServerPort
    int port;

    @Autowired
    ContentRepository repository;

    @Autowired
    Publisher publisher;

    @Autowired
    ContentSearch search;

    @Test
    void demoContentIsIndexedBeforeTheApplicationIsReady() {
        // no waiting: the index is built (or checked) during start-up, after the demo content was imported
        assertThat(paths("q=Schlagloch")).contains("/merseburg").doesNotContain("/merseburg/buergerservice");
    }

    @Test
    void qUsesGermanStemmingRankingFiltersAndLanguage() throws InterruptedException {
        repository.write(session -> {
            Node root = session.getNode("/website").addNode("search-fixture", "mgnl:page");
            root.setProperty("title", "Suche");
            Node bins = root.addNode("tonnen", "mgnl:page");
            bins.setProperty("title", "Mülltonnen bestellen");
            bins.setProperty("title_en", "Order waste bins");
            bins.setProperty("category", "abfall");
            Node mention = root.addNode("gebuehren", "mgnl:page");
            mention.setProperty("title", "Gebühren");
            mention.setProperty("category", "finanzen");
            mention.addNode("main", "mgnl:area").addNode("0", "mgnl:component")
                    .setProperty("text", "<p>Die Gebühr für <em>Mülltonnen</em> richtet sich nach der Größe.</p>");
            return null;
        });
        publisher.publish("website", "/search-fixture", true, "test", "Testinhalt");
        String under = "@ancestor=/search-fixture&q=";
        long deadline = System.currentTimeMillis() + 5_000;
        while (paths(under + enc("Mülltonne")).size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50); // observation reaches the index moments after the save
        }
        // singular finds the plural; the title match ranks before the mention in a component
        assertThat(paths(under + enc("Mülltonne"))).containsExactly("/search-fixture/tonnen",
                "/search-fixture/gebuehren");
        assertThat(paths(under + enc("Mülltonne") + "&category=finanzen")).containsExactly("/search-fixture/gebuehren");
        assertThat(paths(under + enc("Mülltonne") + "&orderBy=title")).containsExactly("/search-fixture/gebuehren",
                "/search-fixture/tonnen");
        assertThat(paths(under + "bins&lang=en")).containsExactly("/search-fixture/tonnen");
        assertThat(paths(under + "bins")).isEmpty();
        assertThat(paths(under + enc("Größe Gebühr"))).containsExactly("/search-fixture/gebuehren");
        JsonNode answer = json(PAGES + "?" + under + enc("Mülltonne") + "&limit=1");
        assertThat(answer.get("total").asInt()).isEqualTo(2);
        assertThat(answer.get("results")).hasSize(1);
    }

    private List<String> paths(String query) {
        List<String> paths = new ArrayList<>();
        json(PAGES + "?" + query).get("results").forEach(r -> paths.add(r.get("@path").asString()));
        return paths;
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = new PortalHttp(port).get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
