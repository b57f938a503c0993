package de.serviceportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.jcr.Node;
import javax.jcr.NodeIterator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;

/**
 * Draft and live end to end: what editors write stays invisible to citizens (pages, delivery API, search, assets)
 * until it is published; publishing is one commit of the live store and keeps live subpages, order and moves;
 * every publication is a version that can be compared and restored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.test.context=publisher")
@Import(PublisherTest.Events.class)
class PublisherTest {

    private static final String EDITOR = "pub-editor";
    private static final String PASSWORD = "publisher-test-passwort";
    private static final String PAGES = "/.rest/delivery/pages/v1";

    @LocalServerPort
    int port;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;
    @Autowired
    Versions versions;
    @Autowired
    ContentAudit audit;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Events events;

    /** Records the events a publication sends. */
    @TestConfiguration
    static class Events {
        final List<LiveContentChanged> received = new ArrayList<>();

        @EventListener
        void on(LiveContentChanged event) {
            received.add(event);
        }
    }

    private final PortalHttp anonymous() {
        return new PortalHttp(port);
    }

    @BeforeEach
    void editor() {
        if (accounts.find(EDITOR).isEmpty()) {
            accounts.create(EDITOR, PASSWORD, "Redakteurin Test", null, Set.of(StaffRole.EDITOR));
        }
    }

    /** A fresh content page under /merseburg with one text component. */
    private String draftPage(String title, String text) {
        String name = "p" + System.nanoTime();
        stages.draft().write(session -> {
            Node page = session.getNode("/website/merseburg").addNode(name, "mgnl:page");
            page.setProperty("mgnl:template", "portal-theme:pages/content");
            page.setProperty("title", title);
            page.setProperty("hideInNav", true);
            Node text0 = page.addNode("main", "mgnl:area").addNode("0", "mgnl:component");
            text0.setProperty("mgnl:template", "portal-theme:components/text");
            text0.setProperty("text", "<p>" + text + "</p>");
            return null;
        });
        return "/merseburg/" + name;
    }

    private void setText(String page, String text) {
        stages.draft().write(session -> {
            session.getNode("/website" + page + "/main/0").setProperty("text", "<p>" + text + "</p>");
            return null;
        });
    }

    @Test
    void draftsStayInvisibleToCitizensUntilPublished() throws Exception {
        String page = draftPage("Entwurfsseite", "Erste Fassung Quittenbaum");
        PortalHttp editor = new PortalHttp(port).loggedIn(EDITOR, PASSWORD);

        assertThat(anonymous().get(page).statusCode()).isEqualTo(404);
        assertThat(anonymous().get(PAGES + page).statusCode()).isEqualTo(404);
        assertThat(anonymous().get(PAGES + "?q=Quittenbaum").body()).doesNotContain(page);
        assertThat(editor.get(page).body()).contains("Erste Fassung Quittenbaum");

        LiveContentChanged changed = publisher.publish("website", page, false, EDITOR, "Erstveröffentlichung");
        assertThat(changed.changes()).extracting(LiveChange::newPath).containsExactly("/website" + page);
        assertThat(anonymous().get(page).body()).contains("Erste Fassung Quittenbaum");
        assertThat(anonymous().get(PAGES + page).statusCode()).isEqualTo(200);
        assertThat(awaitSearch("Quittenbaum", page)).isTrue();

        setText(page, "Zweite Fassung Mispelstrauch");
        assertThat(anonymous().get(page).body()).contains("Erste Fassung").doesNotContain("Mispelstrauch");
        assertThat(anonymous().get(PAGES + page).body()).doesNotContain("Mispelstrauch");
        Thread.sleep(300); // give the index the time it would need if it saw drafts
        assertThat(anonymous().get(PAGES + "?q=Mispelstrauch").body()).doesNotContain(page);
        assertThat(editor.get(page).body()).contains("Zweite Fassung Mispelstrauch");

        publisher.publish("website", page, false, EDITOR, "Korrektur");
        assertThat(anonymous().get(page).body()).contains("Zweite Fassung Mispelstrauch");
        stages.draft().read(session -> {
            Node draft = session.getNode("/website" + page);
            assertThat(draft.getProperty("mgnl:activationStatus").getBoolean()).isTrue();
            assertThat(draft.getProperty("mgnl:lastActivatedBy").getString()).isEqualTo(EDITOR);
            assertThat(draft.hasProperty("mgnl:lastActivated")).isTrue();
            return null;
        });
        assertThat(audit.forPath("website", page, 10)).extracting(ContentAudit.Entry::action)
                .containsExactly("PUBLISH", "PUBLISH");
        assertThat(audit.forPath("website", page, 10).get(0).details()).contains("Korrektur");
    }

    private boolean awaitSearch(String word, String page) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            if (anonymous().get(PAGES + "?q=" + word).body().contains("\"" + page + "\"")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void draftAssetsAreNotServedToCitizens() {
        String id = stages.draft().write(session -> {
            Node asset = session.getNode("/dam/portal").addNode("entwurf-" + System.nanoTime(), "mgnl:asset");
            Node resource = asset.addNode("jcr:content", "mgnl:resource");
            resource.setProperty("jcr:data", session.getValueFactory()
                    .createBinary(new ByteArrayInputStream("Entwurfsdatei".getBytes())));
            resource.setProperty("jcr:mimeType", "text/plain");
            resource.setProperty("fileName", "entwurf.txt");
            return asset.getIdentifier();
        });
        String url = "/dam/jcr:" + id + "/entwurf.txt";
        assertThat(anonymous().get(url).statusCode()).isEqualTo(404);
        HttpResponse<String> editorView = new PortalHttp(port).loggedIn(EDITOR, PASSWORD).get(url);
        assertThat(editorView.body()).isEqualTo("Entwurfsdatei");
        assertThat(editorView.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        String path = stages.draft().read(session -> session.getNodeByIdentifier(id).getPath());
        publisher.publish("dam", path.substring("/dam".length()), false, EDITOR, null);
        HttpResponse<String> citizenView = anonymous().get(url);
        assertThat(citizenView.body()).isEqualTo("Entwurfsdatei");
        assertThat(citizenView.headers().firstValue("Cache-Control").orElse("")).startsWith("public");
    }

    @Test
    void aLargeBinaryArrivesLiveByteForByte() {
        byte[] data = new byte[300_001]; // several copy chunks, not a multiple of three
        new java.util.Random(7).nextBytes(data);
        String path = stages.draft().write(session -> {
            Node asset = session.getNode("/dam/portal").addNode("gross-" + System.nanoTime(), "mgnl:asset");
            Node resource = asset.addNode("jcr:content", "mgnl:resource");
            resource.setProperty("jcr:data", session.getValueFactory().createBinary(new ByteArrayInputStream(data)));
            resource.setProperty("jcr:mimeType", "application/octet-stream");
            return asset.getPath();
        });
        publisher.publish("dam", path.substring("/dam".length()), false, EDITOR, null);
        byte[] live = stages.live().read(session -> {
            try (java.io.InputStream in = session.getNode(path + "/jcr:content").getProperty("jcr:data").getBinary()
                    .getStream()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(live).isEqualTo(data);
    }

    @Test
    void publishingAPageKeepsItsLiveSubpagesAndLeavesDraftSubpagesUnpublished() {
        String page = draftPage("Eltern", "Elternseite");
        stages.draft().write(session -> {
            session.getNode("/website" + page).addNode("kind", "mgnl:page").setProperty("title", "Kind alt");
            return null;
        });
        publisher.publish("website", page, true, EDITOR, null);
        stages.draft().write(session -> {
            Node parent = session.getNode("/website" + page);
            parent.setProperty("title", "Eltern neu");
            parent.getNode("kind").setProperty("title", "Kind neu");
            parent.addNode("neu", "mgnl:page").setProperty("title", "Neues Kind");
            return null;
        });

        publisher.publish("website", page, false, EDITOR, null);

        stages.live().read(session -> {
            Node live = session.getNode("/website" + page);
            assertThat(live.getProperty("title").getString()).isEqualTo("Eltern neu");
            assertThat(live.getNode("kind").getProperty("title").getString()).isEqualTo("Kind alt");
            assertThat(live.hasNode("neu")).isFalse();
            assertThat(live.hasNode("main/0")).isTrue();
            return null;
        });
    }

    @Test
    void aSubtreeOfManyPagesGoesLiveInOneCommitThatReadersNeverSeeHalfDone() throws Exception {
        String root = draftPage("Viele", "Wurzel");
        int count = 300;
        stages.draft().write(session -> {
            Node parent = session.getNode("/website" + root);
            for (int i = 0; i < count; i++) {
                parent.addNode("s" + i, "mgnl:page").setProperty("title", "Seite " + i);
            }
            return null;
        });
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                seen.add(stages.live().read(session -> {
                    if (!session.nodeExists("/website" + root)) {
                        return 0;
                    }
                    int pages = 0;
                    for (NodeIterator it = session.getNode("/website" + root).getNodes(); it.hasNext();) {
                        if (it.nextNode().isNodeType("mgnl:page")) {
                            pages++;
                        }
                    }
                    return pages;
                }));
            }
        });
        events.received.clear();
        reader.start();
        publisher.publish("website", root, true, EDITOR, "alles auf einmal");
        Thread.sleep(50);
        done.set(true);
        reader.join();

        assertThat(seen).isNotEmpty().allMatch(n -> n == 0 || n == count);
        assertThat(seen).contains(count);
        assertThat(events.received).hasSize(1);
        assertThat(events.received.get(0).changes()).hasSize(count + 1);
    }

    @Test
    void overlappingPublicationsAtTheSameTimeBothSucceed() throws Exception {
        String root = draftPage("Gleichzeitig", "Wurzel");
        stages.draft().write(session -> {
            for (int i = 0; i < 20; i++) {
                session.getNode("/website" + root).addNode("g" + i, "mgnl:page").setProperty("title", "G" + i);
            }
            return null;
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<LiveContentChanged>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String path = i % 2 == 0 ? root : root + "/g" + i;
                runs.add(pool.submit(() -> publisher.publish("website", path, true, EDITOR, null)));
                if (i == 0) {
                    runs.get(0).get(); // the children need their parent live first
                }
            }
            for (var run : runs) {
                assertThat(run.get().changes()).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> live = stages.live().read(session -> names(session.getNode("/website" + root), "mgnl:page"));
        assertThat(live).hasSize(20);
    }

    @Test
    void unpublishingTakesThePageAndItsSubpagesOfflineAndKeepsTheDraft() {
        String page = draftPage("Rückzug", "Bald weg");
        stages.draft().write(session -> {
            session.getNode("/website" + page).addNode("unter", "mgnl:page").setProperty("title", "Unterseite");
            return null;
        });
        publisher.publish("website", page, true, EDITOR, null);
        assertThat(anonymous().get(page + "/unter").statusCode()).isEqualTo(200);

        LiveContentChanged changed = publisher.unpublish("website", page, EDITOR, "veraltet");

        assertThat(changed.changes()).extracting(LiveChange::oldPath)
                .containsExactlyInAnyOrder("/website" + page, "/website" + page + "/unter");
        assertThat(changed.changes()).extracting(LiveChange::newPath).containsOnlyNulls();
        assertThat(anonymous().get(page).statusCode()).isEqualTo(404);
        assertThat(anonymous().get(page + "/unter").statusCode()).isEqualTo(404);
        assertThat(anonymous().get(PAGES + page).statusCode()).isEqualTo(404);
        stages.draft().read(session -> {
            assertThat(session.getNode("/website" + page).getProperty("mgnl:activationStatus").getBoolean())
                    .isFalse();
            assertThat(session.nodeExists("/website" + page + "/unter")).isTrue();
            return null;
        });
        assertThatThrownBy(() -> publisher.unpublish("website", page, EDITOR, null))
                .isInstanceOfSatisfying(PublishingException.class,
                        e -> assertThat(e.kind()).isEqualTo(PublishingException.Kind.CONFLICT));
    }

    @Test
    void aMovedPageIsPublishedAtItsNewPlaceWithItsIdentifier() {
        String page = draftPage("Umzug", "Ich ziehe um");
        String target = draftPage("Ziel", "Neues Zuhause");
        publisher.publish("website", page, false, EDITOR, null);
        publisher.publish("website", target, false, EDITOR, null);
        String name = page.substring(page.lastIndexOf('/') + 1);
        String id = stages.draft().write(session -> {
            session.move("/website" + page, "/website" + target + "/" + name);
            return session.getNode("/website" + target + "/" + name).getIdentifier();
        });
        assertThat(anonymous().get(page).statusCode()).isEqualTo(200);

        LiveContentChanged changed = publisher.publish("website", target + "/" + name, false, EDITOR, null);

        assertThat(changed.changes()).containsExactly(
                new LiveChange(id, "/website" + page, "/website" + target + "/" + name));
        assertThat(anonymous().get(page).statusCode()).isEqualTo(404);
        assertThat(anonymous().get(target + "/" + name).body()).contains("Ich ziehe um");
        stages.live().read(session -> {
            assertThat(session.getNodeByIdentifier(id).getPath()).isEqualTo("/website" + target + "/" + name);
            return null;
        });
    }

    @Test
    void theLiveOrderOfSubpagesAndComponentsFollowsTheDraft() {
        String page = draftPage("Reihenfolge", "A");
        stages.draft().write(session -> {
            Node parent = session.getNode("/website" + page);
            for (String name : List.of("eins", "zwei", "drei")) {
                parent.addNode(name, "mgnl:page").setProperty("title", name);
            }
            Node second = parent.getNode("main").addNode("1", "mgnl:component");
            second.setProperty("mgnl:template", "portal-theme:components/text");
            second.setProperty("text", "<p>B</p>");
            return null;
        });
        publisher.publish("website", page, true, EDITOR, null);
        stages.draft().write(session -> {
            Node parent = session.getNode("/website" + page);
            parent.orderBefore("drei", "eins");
            parent.getNode("main").orderBefore("1", "0");
            return null;
        });

        publisher.publish("website", page, false, EDITOR, null); // the subpages' order belongs to the page

        stages.live().read(session -> {
            Node live = session.getNode("/website" + page);
            assertThat(names(live, "mgnl:page")).containsExactly("drei", "eins", "zwei");
            assertThat(names(live.getNode("main"), "mgnl:component")).containsExactly("1", "0");
            return null;
        });
        assertThat(anonymous().get(page).body()).containsSubsequence("<p>B</p>", "<p>A</p>");
    }

    private static List<String> names(Node parent, String type) throws javax.jcr.RepositoryException {
        List<String> names = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType(type)) {
                names.add(child.getName());
            }
        }
        return names;
    }

    @Test
    void everyPublicationIsAVersionThatCanBeComparedAndRestored() {
        String page = draftPage("Fassung eins", "Text eins");
        String id = stages.draft().read(session -> session.getNode("/website" + page).getIdentifier());
        publisher.publish("website", page, false, EDITOR, "erste");
        stages.draft().write(session -> {
            Node draft = session.getNode("/website" + page);
            draft.setProperty("title", "Fassung zwei");
            Node added = draft.getNode("main").addNode("1", "mgnl:component");
            added.setProperty("mgnl:template", "portal-theme:components/text");
            added.setProperty("text", "<p>Neu</p>");
            draft.addNode("unter", "mgnl:page").setProperty("title", "Unterseite bleibt");
            return null;
        });
        publisher.publish("website", page, false, EDITOR, "zweite");

        List<Versions.Version> list = versions.list(id);
        assertThat(list).extracting(Versions.Version::number).containsExactly(2, 1);
        assertThat(list).extracting(Versions.Version::comment).containsExactly("zweite", "erste");
        assertThat(list).extracting(Versions.Version::reason).containsOnly(Versions.Reason.PUBLISH);
        assertThat(list.get(0).title()).isEqualTo("Fassung zwei");

        ContentDiff diff = versions.compare(id, 1, 2);
        assertThat(diff.properties()).contains(new ContentDiff.PropertyChange("", "title", "Fassung eins",
                "Fassung zwei"));
        assertThat(diff.structure()).extracting(ContentDiff.StructureChange::path, ContentDiff.StructureChange::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("main/1", ContentDiff.Kind.ADDED));
        assertThat(diff.structure()).extracting(ContentDiff.StructureChange::path).doesNotContain("unter");
        assertThat(versions.compareWithDraft(id, 2).isEmpty()).isTrue();

        versions.restore(id, 1, EDITOR);

        stages.draft().read(session -> {
            Node draft = session.getNode("/website" + page);
            assertThat(draft.getIdentifier()).isEqualTo(id);
            assertThat(draft.getProperty("title").getString()).isEqualTo("Fassung eins");
            assertThat(draft.hasNode("main/1")).isFalse();
            assertThat(draft.hasNode("unter")).as("child pages survive a restore").isTrue();
            return null;
        });
        assertThat(versions.list(id)).extracting(Versions.Version::number, Versions.Version::reason)
                .startsWith(org.assertj.core.groups.Tuple.tuple(3, Versions.Reason.RESTORE));
        assertThat(versions.compare(id, 3, 2).isEmpty()).as("the draft before the restore was kept").isTrue();
        // restoring changes the draft only
        assertThat(anonymous().get(page).body()).contains("<p>Neu</p>");
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        assertThatThrownBy(() -> publisher.publish("website", "/gibt-es-nicht", false, EDITOR, null))
                .isInstanceOfSatisfying(PublishingException.class,
                        e -> assertThat(e.kind()).isEqualTo(PublishingException.Kind.NOT_FOUND));
        String page = draftPage("Teil", "Nur ein Teil");
        assertThatThrownBy(() -> publisher.publish("website", page + "/main/0", false, EDITOR, null))
                .isInstanceOfSatisfying(PublishingException.class,
                        e -> assertThat(e.kind()).isEqualTo(PublishingException.Kind.INVALID));
        stages.draft().write(session -> {
            session.getNode("/website" + page).addNode("kind", "mgnl:page");
            return null;
        });
        assertThatThrownBy(() -> publisher.publish("website", page + "/kind", false, EDITOR, null))
                .isInstanceOfSatisfying(PublishingException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PublishingException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("zuerst");
                });
        assertThat(anonymous().get(page + "/kind").statusCode()).isEqualTo(404);
    }
}
