package de.serviceportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for the login: after {@code maxFailures} failed attempts in a row (each
 * within {@code lockDuration} of the previous one) a username is locked for {@code lockDuration}.
 *
 * <p>Kept <b>in memory</b> only: a restart lifts all locks, and in a cluster every node counts on its
 * own. Names without an account are counted and locked just like real ones, so the lock message does
 * not reveal which usernames exist. The map is bounded so that spraying random names cannot exhaust
 * memory.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    /** Longer names cannot be accounts anyway; cutting them bounds the memory per entry. */
    private static final int MAX_KEY_LENGTH = 64;
    static final int MAX_ENTRIES = 10_000;

    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Autowired
    LoginAttempts(@Value("${portal.security.login.max-failures:5}") int maxFailures,
            @Value("${portal.security.login.lock-duration:15m}") Duration lockDuration) {
        this(maxFailures, lockDuration, Clock.systemUTC());
    }

    LoginAttempts(int maxFailures, Duration lockDuration, Clock clock) {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("max-failures must be >= 1 and lock-duration positive");
        }
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    /** Whether logins for this username are currently refused without checking the password. */
    public boolean isLocked(String username) {
        Entry entry = entries.get(key(username));
        return entry != null && entry.lockedAt(clock.instant());
    }

    /** Lifts a lock early, e.g. after an administrator has spoken to the staff member. */
    public void unlock(String username) {
        entries.remove(key(username));
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    void recordFailure(String username) {
        Instant now = clock.instant();
        String key = key(username);
        Entry before = entries.get(key);
        Entry after = entries.compute(key, (k, entry) -> {
            if (entry == null || entry.expired(now, lockDuration)) {
                return Entry.afterFailures(1, now, maxFailures, lockDuration);
            }
            if (entry.lockedAt(now)) {
                return entry; // attempts during a lock neither count nor extend it
            }
            return Entry.afterFailures(entry.failures() + 1, now, maxFailures, lockDuration);
        });
        if (after.lockedAt(now) && (before == null || !before.lockedAt(now))) {
            // The name is attacker-chosen: keep only harmless characters in the log.
            log.warn("Login for username '{}' locked for {} after {} failed attempts",
                    key.replaceAll("[^a-z0-9._@-]", "?"), lockDuration, maxFailures);
        }
        if (entries.size() > MAX_ENTRIES) {
            prune(now);
        }
    }

    void recordSuccess(String username) {
        entries.remove(key(username));
    }

    int size() {
        return entries.size();
    }

    private void prune(Instant now) {
        entries.values().removeIf(e -> e.expired(now, lockDuration));
        if (entries.size() > MAX_ENTRIES) {
            // Under a spraying attack: forget counters, but keep the locks that are in force.
            entries.values().removeIf(e -> !e.lockedAt(now));
        }
    }

    private static String key(String username) {
        String key = StaffAccounts.normalise(username);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private record Entry(int failures, Instant lastFailure, Instant lockedUntil) {

        static Entry afterFailures(int failures, Instant now, int maxFailures, Duration lockDuration) {
            return new Entry(failures, now, failures >= maxFailures ? now.plus(lockDuration) : null);
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** A lock that ran out, or a streak of failures that went quiet, starts over from zero. */
        boolean expired(Instant now, Duration lockDuration) {
            return lockedUntil != null
                    ? !now.isBefore(lockedUntil)
                    : !now.isBefore(lastFailure.plus(lockDuration));
        }
    }
}
