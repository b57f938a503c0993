package de.serviceportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private final MutableClock clock = new MutableClock();
    private final LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(10), clock);

    @Test
    void locksAfterMaxFailuresAndUnlocksWhenTheDurationHasPassed() {
        attempts.recordFailure("anna");
        attempts.recordFailure("anna");
        assertThat(attempts.isLocked("anna")).isFalse();

        attempts.recordFailure("anna");
        assertThat(attempts.isLocked("anna")).isTrue();

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(attempts.isLocked("anna")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("anna")).isFalse();

        // After the lock the count starts over: one more failure does not lock again.
        attempts.recordFailure("anna");
        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void failuresDuringALockDoNotExtendIt() {
        for (int i = 0; i < 3; i++) {
            attempts.recordFailure("anna");
        }
        clock.advance(Duration.ofMinutes(8));
        attempts.recordFailure("anna");
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void successResetsTheCount() {
        attempts.recordFailure("anna");
        attempts.recordFailure("anna");
        attempts.recordSuccess("anna");
        attempts.recordFailure("anna");
        attempts.recordFailure("anna");
        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void aQuietStreakIsForgotten() {
        attempts.recordFailure("anna");
        attempts.recordFailure("anna");
        clock.advance(Duration.ofMinutes(10));
        attempts.recordFailure("anna");
        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void usernamesAreNormalisedLikeAccountNames() {
        attempts.recordFailure("Anna");
        attempts.recordFailure(" anna ");
        attempts.recordFailure("ANNA");
        assertThat(attempts.isLocked("anna")).isTrue();
        assertThat(attempts.isLocked("bert")).isFalse();

        attempts.unlock("AnNa");
        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void sprayingRandomNamesKeepsTheMapBoundedButKeepsActiveLocks() {
        for (int i = 0; i < 3; i++) {
            attempts.recordFailure("anna");
        }
        for (int i = 0; i < LoginAttempts.MAX_ENTRIES + 500; i++) {
            attempts.recordFailure("spray-" + i);
        }
        assertThat(attempts.size()).isLessThanOrEqualTo(LoginAttempts.MAX_ENTRIES + 1);
        assertThat(attempts.isLocked("anna")).isTrue();
    }

    @Test
    void rejectsNonsensicalSettings() {
        assertThatThrownBy(() -> new LoginAttempts(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginAttempts(5, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
