package de.serviceportal.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.jcr.Node;
import javax.jcr.query.Query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.serviceportal.repository.RepositoryAccessException;
import de.serviceportal.repository.SegmentContentRepository;

/** The portal's queries are answered by property indexes: no traversal, in strict mode and in the log. */
class TemplateUsageIndexTest {

    @TempDir
    Path store;

    private final ListAppender<ILoggingEvent> oakLog = new ListAppender<>();

    @BeforeEach
    void captureOakQueryLog() {
        oakLog.start();
        ((Logger) LoggerFactory.getLogger("org.apache.jackrabbit.oak.query")).addAppender(oakLog);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger("org.apache.jackrabbit.oak.query")).detachAppender(oakLog);
    }

    @Test
    void templateUsageIsCountedThroughTheIndex() {
        try (SegmentContentRepository repository = SegmentContentRepository.open(store.toFile(), false)) {
            repository.write(session -> {
                Node site = session.getNode("/website").addNode("gemeinde", "mgnl:page");
                site.setProperty("mgnl:template", "t:pages/home");
                site.addNode("a", "mgnl:page").setProperty("mgnl:template", "t:pages/content");
                site.addNode("b", "mgnl:page").setProperty("mgnl:template", "t:pages/content");
                return null;
            });
            assertThat(new TemplateUsage(repository).count())
                    .containsEntry("t:pages/home", 1).containsEntry("t:pages/content", 2);
        }
        assertThat(oakLog.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains("Traversal query"));
    }

    @Test
    void strictModeRejectsQueriesWithoutIndex() {
        try (SegmentContentRepository repository = SegmentContentRepository.open(store.toFile(), true)) {
            assertThat(new TemplateUsage(repository).count()).isNotNull();
            assertThatThrownBy(() -> repository.read(session -> session.getWorkspace().getQueryManager()
                    .createQuery("SELECT * FROM [nt:base] WHERE [notIndexed] = 'x'", Query.JCR_SQL2).execute()
                    .getNodes().hasNext()))
                    .isInstanceOf(RepositoryAccessException.class)
                    .hasMessageContaining("raversal");
        }
    }
}
