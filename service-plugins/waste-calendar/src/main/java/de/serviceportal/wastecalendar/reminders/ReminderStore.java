package de.serviceportal.wastecalendar.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.serviceportal.wastecalendar.model.Fraction;

/** JDBC access to {@code wc_reminder} and {@code wc_reminder_sent}. Tokens arrive here already hashed. */
final class ReminderStore {

    private static final String COLUMNS = "id, email, address_id, fractions, lead_time, site, status, created_at";

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertPending(String email, long addressId, List<Fraction> fractions, LeadTime lead, String site,
            String confirmHash, String unsubscribeHash, Instant now) {
        jdbc.sql("INSERT INTO wc_reminder (email, address_id, fractions, lead_time, site, status, confirm_hash, "
                        + "unsubscribe_hash, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)")
                .params(email, addressId, fractions.stream().map(Fraction::key).collect(Collectors.joining(",")),
                        lead.name(), site, confirmHash, unsubscribeHash, Timestamp.from(now))
                .update();
    }

    /** Pending subscriptions of an e-mail address created after {@code since} (case-insensitive). */
    int countPendingSince(String email, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM wc_reminder WHERE LOWER(email) = ? AND status = 'PENDING' AND created_at > ?")
                .params(email.toLowerCase(java.util.Locale.ROOT), Timestamp.from(since)).query(Integer.class).single();
    }

    Optional<Subscription> findPendingByConfirmHash(String hash, Instant createdAfter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wc_reminder WHERE confirm_hash = ? AND status = 'PENDING' "
                        + "AND created_at > ?")
                .params(hash, Timestamp.from(createdAfter)).query(ReminderStore::subscription).optional();
    }

    /**
     * Activates the subscription and gives it a new unsubscribe token; an older active subscription of the same
     * e-mail address for the same address and site is replaced (a citizen who subscribes again changes choices).
     */
    void activate(Subscription s, String unsubscribeHash, Instant now) {
        jdbc.sql("DELETE FROM wc_reminder WHERE LOWER(email) = ? AND address_id = ? AND site = ? AND status = 'ACTIVE'")
                .params(s.email().toLowerCase(java.util.Locale.ROOT), s.addressId(), s.site()).update();
        jdbc.sql("UPDATE wc_reminder SET status = 'ACTIVE', confirm_hash = NULL, unsubscribe_hash = ?, confirmed_at = ? "
                        + "WHERE id = ?")
                .params(unsubscribeHash, Timestamp.from(now), s.id()).update();
    }

    /** Deletes the subscription whose own or one of whose mails' unsubscribe token has this hash. */
    boolean deleteByUnsubscribeHash(String hash) {
        Optional<Long> id = jdbc.sql("SELECT id FROM wc_reminder WHERE unsubscribe_hash = ? UNION "
                        + "SELECT reminder_id FROM wc_reminder_sent WHERE unsubscribe_hash = ?")
                .params(hash, hash).query(Long.class).optional();
        // wc_reminder_sent rows go with it (ON DELETE CASCADE)
        return id.isPresent() && jdbc.sql("DELETE FROM wc_reminder WHERE id = ?").param(id.get()).update() == 1;
    }

    List<Subscription> active(LeadTime lead) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wc_reminder WHERE status = 'ACTIVE' AND lead_time = ? ORDER BY id")
                .param(lead.name()).query(ReminderStore::subscription).list();
    }

    /** Claims the reminder of one collection date; false if it was claimed before (sent, or being sent). */
    boolean claim(long reminderId, LocalDate date, String unsubscribeHash, Instant now) {
        try {
            return jdbc.sql("INSERT INTO wc_reminder_sent (reminder_id, collection_date, sent_at, unsubscribe_hash) "
                            + "VALUES (?, ?, ?, ?)")
                    .params(reminderId, date, Timestamp.from(now), unsubscribeHash).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives a claim back after the mail could not be handed over, so a later run tries again. */
    void release(long reminderId, LocalDate date) {
        jdbc.sql("DELETE FROM wc_reminder_sent WHERE reminder_id = ? AND collection_date = ?")
                .params(reminderId, date).update();
    }

    int deletePendingCreatedBefore(Instant before) {
        return jdbc.sql("DELETE FROM wc_reminder WHERE status = 'PENDING' AND created_at < ?")
                .param(Timestamp.from(before)).update();
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        List<Fraction> fractions = Arrays.stream(rs.getString("fractions").split(","))
                .map(Fraction::parse).flatMap(Optional::stream).toList();
        return new Subscription(rs.getLong("id"), rs.getString("email"), rs.getLong("address_id"), fractions,
                LeadTime.valueOf(rs.getString("lead_time")), rs.getString("site"),
                Subscription.Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
