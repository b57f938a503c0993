package de.serviceportal.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

/**
 * The page cache over real HTTP: anonymous pages and delivery responses come from memory, a publication evicts
 * exactly the responses that read what it changed, staff responses and drafts never get in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=cache")
class PageCacheTest {

    private static final String CACHE = PageCacheFilter.STATUS_HEADER;
    private static final String PASSWORD = "cache-test-passwort";

    @LocalServerPort
    int port;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;
    @Autowired
    StaffAccounts accounts;

    private String section;

    /** A hidden section with two subpages a and b, all published. */
    @BeforeEach
    void pages() {
        section = "/merseburg/cache-" + System.nanoTime();
        stages.draft().write(session -> {
            Node parent = session.getNode("/website/merseburg").addNode(section.substring(11), "mgnl:page");
            parent.setProperty("mgnl:template", "portal-theme:pages/content");
            parent.setProperty("title", "Cache-Bereich");
            parent.setProperty("hideInNav", true);
            for (String name : List.of("a", "b")) {
                Node page = parent.addNode(name, "mgnl:page");
                page.setProperty("mgnl:template", "portal-theme:pages/content");
                page.setProperty("title", "Seite " + name);
                text(page, "Text von " + name);
            }
            return null;
        });
        publisher.publish("website", section, true, "test", null);
    }

    private static void text(Node page, String text) throws javax.jcr.RepositoryException {
        Node area = page.hasNode("main") ? page.getNode("main") : page.addNode("main", "mgnl:area");
        Node component = area.hasNode("0") ? area.getNode("0") : area.addNode("0", "mgnl:component");
        component.setProperty("mgnl:template", "portal-theme:components/text");
        component.setProperty("text", "<p>" + text + "</p>");
    }

    private void draftText(String page, String text) {
        stages.draft().write(session -> {
            text(session.getNode("/website" + page), text);
            return null;
        });
    }

    private HttpResponse<String> get(String path) {
        return new PortalHttp(port).get(path);
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue(CACHE).orElse("none");
    }

    @Test
    void anonymousPagesComeFromTheCacheWithHeadersForBrowsersAndProxies() {
        HttpResponse<String> first = get(section + "/a");
        HttpResponse<String> second = get(section + "/a");

        assertThat(cache(first)).isEqualTo("MISS");
        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body()).contains("Text von a");
        assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(second.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, s-maxage=60");
        assertThat(second.headers().firstValue("Vary")).hasValue("Cookie, Origin");
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("ETag")).hasValue(etag);
        HttpResponse<String> revalidated = new PortalHttp(port).getWith(section + "/a", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void aPublicationEvictsExactlyTheResponsesThatReadWhatItChanged() {
        String delivery = "/.rest/delivery/pages/v1" + section + "/a";
        String otherDelivery = "/.rest/delivery/pages/v1" + section + "/b";
        for (String path : List.of(section + "/a", section + "/b", section, delivery, otherDelivery)) {
            get(path);
            assertThat(cache(get(path))).as(path).isEqualTo("HIT");
        }

        draftText(section + "/a", "Neuer Text von a");
        publisher.publish("website", section + "/a", false, "test", null);

        HttpResponse<String> page = get(section + "/a");
        assertThat(cache(page)).isEqualTo("MISS");
        assertThat(page.body()).contains("Neuer Text von a");
        assertThat(get(delivery).body()).contains("Neuer Text von a");
        assertThat(cache(get(section + "/b"))).as("an unrelated page").isEqualTo("HIT");
        assertThat(cache(get(otherDelivery))).as("an unrelated delivery response").isEqualTo("HIT");

        // a new subpage changes the listing of the section's children (its navigation), not the siblings' content
        stages.draft().write(session -> {
            Node added = session.getNode("/website" + section).addNode("c", "mgnl:page");
            added.setProperty("mgnl:template", "portal-theme:pages/content");
            added.setProperty("title", "Seite c");
            return null;
        });
        assertThat(get(section + "/c").statusCode()).isEqualTo(404);
        assertThat(cache(get(section + "/c"))).as("404s are cached, too").isEqualTo("HIT");
        publisher.publish("website", section + "/c", false, "test", null);
        assertThat(get(section + "/c").statusCode()).isEqualTo(200);
        assertThat(cache(get(section + "/b"))).isEqualTo("HIT");

        // the section itself: everything below it that shows it (breadcrumb, parent) reads it
        publisher.publish("website", section, false, "test", null);
        assertThat(cache(get(section + "/b"))).isEqualTo("MISS");
        assertThat(cache(get(otherDelivery))).isEqualTo("HIT");
    }

    @Test
    void staffResponsesAreNeverCachedAndAnonymousVisitorsNeverSeeDrafts() {
        if (accounts.find("cache-editor").isEmpty()) {
            accounts.create("cache-editor", PASSWORD, "Cache", null, Set.of(StaffRole.EDITOR));
        }
        draftText(section + "/b", "Entwurf von b");
        PortalHttp editor = new PortalHttp(port).loggedIn("cache-editor", PASSWORD);

        HttpResponse<String> staff = editor.get(section + "/b");
        assertThat(staff.body()).contains("Entwurf von b");
        assertThat(staff.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(cache(staff)).isEqualTo("none");
        assertThat(cache(editor.get(section + "/b"))).isEqualTo("none");
        HttpResponse<String> staffApi = editor.get("/.rest/delivery/pages/v1" + section + "/b");
        assertThat(staffApi.body()).contains("Entwurf von b");
        assertThat(staffApi.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        HttpResponse<String> anonymous = get(section + "/b");
        assertThat(cache(anonymous)).isEqualTo("MISS");
        assertThat(anonymous.body()).contains("Text von b").doesNotContain("Entwurf");
        assertThat(get("/.rest/delivery/pages/v1" + section + "/b").body()).doesNotContain("Entwurf");
    }

    @Test
    void pagesWithPluginDataOrASessionAreNotStored() {
        // the waste calendar page shows a plugin's component (database data, a form)
        String plugin = "/saalekreis/buergerservice/abfallkalender";
        assertThat(get(plugin).statusCode()).isEqualTo(200);
        assertThat(cache(get(plugin))).isNotEqualTo("HIT");
    }

    @Test
    void readersNeverSeeAnOutdatedPageAfterAPublicationReturnedNorEverADraft() throws Exception {
        String page = section + "/a";
        AtomicInteger published = new AtomicInteger(0);
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Runnable reader = () -> {
            while (!done.get()) {
                int before = published.get();
                String body = get(page).body();
                if (body.contains("Entwurf")) {
                    problems.add("draft seen");
                }
                int shown = version(body);
                if (shown < before) {
                    problems.add("version " + shown + " after " + before + " was published");
                }
            }
        };
        List<Thread> readers = List.of(new Thread(reader), new Thread(reader), new Thread(reader));
        readers.forEach(Thread::start);
        for (int n = 1; n <= 15; n++) {
            draftText(page, "Fassung " + n + ";");
            publisher.publish("website", page, false, "test", null);
            published.set(n);
            draftText(page, "Entwurf " + n + ";");
            Thread.sleep(20);
        }
        done.set(true);
        for (Thread thread : readers) {
            thread.join();
        }
        assertThat(problems).isEmpty();
        assertThat(get(page).body()).contains("Fassung 15;");
    }

    private static int version(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Fassung (\\d+);").matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
