package de.serviceportal.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of content changes by staff, kept in the relational database so that it survives a restore of
 * the content repository and can be queried by time or path.
 */
@Component
public class ContentAudit {

    /** One audited change; {@code details} is a short human-readable description (e.g. changed property names). */
    public record Entry(Instant at, String actor, String action, String workspace, String path, String identifier,
            String details) {
    }

    private static final int DETAILS_LIMIT = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    ContentAudit(DataSource dataSource) {
        this(JdbcClient.create(dataSource), Clock.systemUTC());
    }

    ContentAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, String workspace, String path, String identifier,
            String details) {
        String shortened = details == null || details.length() <= DETAILS_LIMIT ? details
                : details.substring(0, DETAILS_LIMIT - 1) + "…";
        jdbc.sql("INSERT INTO content_audit (at, actor, action, workspace, path, identifier, details) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action, workspace, path, identifier, shortened)
                .update();
    }

    /** The newest entries for a path of a workspace, the path's descendants included. */
    public List<Entry> forPath(String workspace, String path, int limit) {
        String prefix = path.endsWith("/") ? path : path + "/";
        return jdbc.sql("SELECT at, actor, action, workspace, path, identifier, details FROM content_audit "
                + "WHERE workspace = ? AND (path = ? OR path LIKE ?) ORDER BY at DESC, id DESC")
                .params(workspace, path, prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .withMaxRows(limit).query(ContentAudit::entry).list();
    }

    /** The newest entries of all workspaces. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT at, actor, action, workspace, path, identifier, details FROM content_audit "
                + "ORDER BY at DESC, id DESC").withMaxRows(limit).query(ContentAudit::entry).list();
    }

    private static Entry entry(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Entry(row.getTimestamp("at").toInstant(), row.getString("actor"), row.getString("action"),
                row.getString("workspace"), row.getString("path"), row.getString("identifier"),
                row.getString("details"));
    }
}
