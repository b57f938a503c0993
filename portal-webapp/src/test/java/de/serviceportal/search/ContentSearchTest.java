package de.serviceportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.SegmentContentRepository;

/**
 * The index against a real (fail-traversal) repository: built on start, rebuilt when stale or damaged, kept current
 * by observation.
 */
class ContentSearchTest {

    @TempDir
    Path home;

    SegmentContentRepository repository;
    ContentSearch search;

    @BeforeEach
    void open() {
        repository = SegmentContentRepository.open(home.resolve("repository").toFile(), true);
        repository.write(session -> {
            Node site = session.getNode("/website").addNode("stadt", "mgnl:page");
            site.setProperty("title", "Stadt Merseburg");
            stamp(site);
            Node main = site.addNode("main", "mgnl:area");
            Node text = main.addNode("0", "mgnl:component");
            text.setProperty("text", "<p class=\"hinweis\">Die <strong>Sperrmüllabholung</strong> ist kostenlos.</p>");
            text.setProperty("text_en", "<p>Bulky waste collection is free.</p>");
            Node office = site.addNode("buergerbuero", "mgnl:page");
            office.setProperty("title", "Bürgerbüro");
            office.setProperty("title_en", "Citizens' office");
            stamp(office);
            return null;
        });
        search = ContentSearch.start(repository, indexFolder());
    }

    @AfterEach
    void close() {
        if (search != null) {
            search.close();
        }
        repository.close();
    }

    private Path indexFolder() {
        return home.resolve("index").resolve("content");
    }

    private static void stamp(Node node) throws RepositoryException {
        node.setProperty("mgnl:lastModified", Calendar.getInstance());
    }

    private List<String> de(String q) {
        return search.pagePaths(q, "de", null);
    }

    private void restart() {
        search.close();
        search = ContentSearch.start(repository, indexFolder());
    }

    @Test
    void componentTextCountsForItsPageWithoutMarkup() {
        assertThat(search.rebuiltOnStart()).as("no index yet: built on start").isTrue();
        assertThat(de("Sperrmüllabholung kostenlos")).containsExactly("/website/stadt");
        assertThat(de("hinweis")).as("class names are markup, not text").isEmpty();
        assertThat(de("strong")).isEmpty();
        assertThat(search.pagePaths("bulky waste", "en", null)).containsExactly("/website/stadt");
        assertThat(search.pagePaths("office", "en", null)).containsExactly("/website/stadt/buergerbuero");
        assertThat(search.pagePaths("Bürgerbüro", "en", null)).as("title has an English value").isEmpty();
        assertThat(de("Bürgerbüro")).containsExactly("/website/stadt/buergerbuero");
        assertThat(search.pagePaths("Bürgerbüro", "de", "/website/stadt")).containsExactly("/website/stadt/buergerbuero");
    }

    @Test
    void aCurrentIndexIsKeptAStaleNonEmptyOneIsRebuilt() throws IOException {
        restart();
        assertThat(search.rebuiltOnStart()).as("content unchanged: the index is trusted").isFalse();
        assertThat(de("Bürgerbüro")).containsExactly("/website/stadt/buergerbuero");

        // changes while the index is not running: a new page and an edited one
        search.close();
        search = null;
        repository.write(session -> {
            Node page = session.getNode("/website/stadt").addNode("abfall", "mgnl:page");
            page.setProperty("title", "Abfallkalender");
            stamp(page);
            Node office = session.getNode("/website/stadt/buergerbuero");
            office.setProperty("title", "Bürgeramt");
            stamp(office);
            return null;
        });
        search = ContentSearch.start(repository, indexFolder());
        assertThat(search.size()).isEqualTo(3);
        assertThat(search.rebuiltOnStart()).as("non-empty but stale: rebuilt").isTrue();
        assertThat(de("Abfallkalender")).containsExactly("/website/stadt/abfall");
        assertThat(de("Bürgeramt")).containsExactly("/website/stadt/buergerbuero");
        assertThat(de("Bürgerbüro")).isEmpty();
    }

    @Test
    void aDamagedIndexIsRebuilt() throws IOException {
        search.close();
        search = null;
        Path largest;
        try (Stream<Path> files = Files.list(indexFolder())) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0xFF);
        }
        search = ContentSearch.start(repository, indexFolder());
        assertThat(search.rebuiltOnStart()).isTrue();
        assertThat(de("Sperrmüllabholung")).containsExactly("/website/stadt");
    }

    @Test
    void anIndexLeftBehindByACrashIsNotTrusted() throws IOException {
        // an incremental change commits the index as "state unknown"; a crash means no clean close records one
        repository.write(session -> {
            session.getNode("/website/stadt").setProperty("intro", "Kreisstadt an der Saale");
            return null;
        });
        await(() -> de("Kreisstadt"), List.of("/website/stadt"));
        assertThat(PageIndexState.of(indexFolder())).isEmpty();
    }

    @Test
    void savesAreSearchableWithinSecondsAndRemovalsDisappear() {
        repository.write(session -> {
            Node page = session.getNode("/website/stadt").addNode("wahlen", "mgnl:page");
            page.setProperty("title", "Wahlen");
            page.addNode("main", "mgnl:area").addNode("0", "mgnl:component")
                    .setProperty("text", "Briefwahlunterlagen beantragen");
            return null;
        });
        await(() -> de("Briefwahlunterlagen"), List.of("/website/stadt/wahlen"));

        // editing a component re-indexes its page
        repository.write(session -> {
            session.getNode("/website/stadt/wahlen/main/0").setProperty("text", "Wahllokale finden");
            return null;
        });
        await(() -> de("Wahllokale"), List.of("/website/stadt/wahlen"));
        assertThat(de("Briefwahlunterlagen")).isEmpty();

        // removing a component, then a page with its subpages
        repository.write(session -> {
            session.getNode("/website/stadt/main/0").remove();
            return null;
        });
        await(() -> de("Sperrmüllabholung"), List.of());
        repository.write(session -> {
            session.getNode("/website/stadt").remove();
            return null;
        });
        await(() -> de("Wahlen | Bürgerbüro | Merseburg"), List.of());
    }

    private static void await(Supplier<List<String>> query, List<String> expected) {
        long deadline = System.currentTimeMillis() + 5_000;
        List<String> actual = query.get();
        while (!actual.equals(expected) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            actual = query.get();
        }
        assertThat(actual).isEqualTo(expected);
    }
}
