package de.serviceportal.example;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.serviceportal.plugin.ContentPublished;

/**
 * The plugin's own table {@code example_published} (created by its Flyway migration): every publication this node
 * hears of. Events are node-local, so in a cluster each node records those published through it.
 */
public class PublishedLog {

    static final Duration KEEP = Duration.ofDays(30);

    private final JdbcClient jdbc;

    PublishedLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ContentPublished event) {
        jdbc.sql("INSERT INTO example_published (workspace, path, published_by, published_at) VALUES (?, ?, ?, ?)")
                .params(event.workspace(), event.path(), event.publishedBy(),
                        Timestamp.from(event.at() == null ? Instant.now() : event.at()))
                .update();
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT workspace, path, published_by, published_at FROM example_published"
                + " ORDER BY published_at DESC, id DESC")
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list().stream().limit(limit).toList();
    }

    int deleteOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM example_published WHERE published_at < ?")
                .param(Timestamp.from(Instant.now().minus(age))).update();
    }

    public record Entry(String workspace, String path, String publishedBy, Instant at) {
    }
}
