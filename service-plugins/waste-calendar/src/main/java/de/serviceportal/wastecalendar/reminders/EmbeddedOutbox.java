package de.serviceportal.wastecalendar.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default mail transport: mails are stored in {@code wc_mail_outbox}, where staff read them (no mail server
 * needed for a demo or a small installation). Entries older than {@link #KEEP} are deleted by the nightly job.
 */
public final class EmbeddedOutbox implements MailOutbox {

    static final Duration KEEP = Duration.ofDays(30);

    /** A stored mail, newest first in {@link #latest(int)}. */
    public record StoredMail(long id, String to, String subject, String text, Map<String, String> headers,
                             Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EmbeddedOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        String headers = new TreeMap<>(mail.headers()).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        jdbc.sql("INSERT INTO wc_mail_outbox (recipient, subject, body, headers, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(mail.to(), mail.subject(), mail.text(), headers, Timestamp.from(clock.instant()))
                .update();
    }

    public List<StoredMail> latest(int limit) {
        return jdbc.sql("SELECT id, recipient, subject, body, headers, created_at FROM wc_mail_outbox "
                        + "ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")
                .query((rs, n) -> new StoredMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        parseHeaders(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    int deleteOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM wc_mail_outbox WHERE created_at < ?")
                .param(Timestamp.from(clock.instant().minus(age))).update();
    }

    private static Map<String, String> parseHeaders(String text) {
        Map<String, String> headers = new TreeMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
