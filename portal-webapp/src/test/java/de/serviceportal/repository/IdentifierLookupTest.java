package de.serviceportal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentifierLookupTest {

    @TempDir
    Path store;

    @Test
    void findsNodesAndNeverReturnsAStaleOneAfterMovesAndDeletes() {
        IdentifierLookup lookup = new IdentifierLookup();
        try (SegmentContentRepository repository = SegmentContentRepository.open(store.toFile(), true)) {
            String id = repository.write(session -> {
                Node website = session.getNode("/website");
                website.addNode("a", "mgnl:page");
                website.addNode("b", "mgnl:page");
                return website.getNode("a").addNode("seite", "mgnl:page").getIdentifier();
            });
            assertThat(pathOf(repository, lookup, id)).isEqualTo("/website/a/seite");

            repository.write(session -> {
                session.move("/website/a/seite", "/website/b/seite");
                session.getNode("/website/a").addNode("seite", "mgnl:page"); // same old path, other node
                return null;
            });
            assertThat(pathOf(repository, lookup, id)).isEqualTo("/website/b/seite");

            repository.write(session -> {
                session.getNode("/website/b/seite").remove();
                return null;
            });
            assertThat(pathOf(repository, lookup, id)).isNull();
            assertThat(pathOf(repository, lookup, "00000000-0000-4000-8000-000000000000")).isNull();
            assertThat(pathOf(repository, lookup, "kein-bezeichner")).isNull();
        }
    }

    private static String pathOf(ContentRepository repository, IdentifierLookup lookup, String id) {
        return repository.read(session -> {
            Node node = lookup.find(session, id);
            return node == null ? null : node.getPath();
        });
    }
}
