package de.serviceportal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import de.serviceportal.plugin.ClusterJob;

/**
 * Two nodes (two independent schedulers) over one database: every slot of a job runs on exactly one of them.
 */
class ClusterJobSchedulerTest {

    private DataSource database;
    private final List<String> runs = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void sharedDatabase() {
        database = newDatabase();
    }

    /** A fresh database with the portal's tables; H2 here, PostgreSQL in the subclass. */
    DataSource newDatabase() {
        DataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return h2;
    }

    private ClusterJobScheduler node(String name, ClusterJob job) {
        return new ClusterJobScheduler(JdbcClient.create(database), List.of(job), name, Clock.systemDefaultZone());
    }

    /** Each node has its own instance of the job, as each node runs its own copy of the plugin. */
    private ClusterJob job(String node, Duration interval) {
        return ClusterJob.every("test.tick", interval, () -> runs.add(node + "@" + System.currentTimeMillis()));
    }

    @Test
    void twoNodesRacingForTheSameSlotsRunEachSlotOnce() throws Exception {
        ClusterJob jobA = job("a", Duration.ofMinutes(1));
        ClusterJob jobB = job("b", Duration.ofMinutes(1));
        ClusterJobScheduler a = node("knoten-a", jobA);
        ClusterJobScheduler b = node("knoten-b", jobB);
        a.ensureRow("test.tick");
        b.ensureRow("test.tick"); // the second insert finds the row there

        int slots = 200;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> ranOnA = threads.submit(() -> race(a, jobA, slots, together));
            Future<Integer> ranOnB = threads.submit(() -> race(b, jobB, slots, together));
            assertThat(ranOnA.get() + ranOnB.get()).isEqualTo(slots);
        } finally {
            threads.shutdownNow();
        }
        assertThat(runs).hasSize(slots);
        assertThat(a.lastClaim("test.tick")).hasValueSatisfying(claim -> {
            assertThat(claim.slot()).isEqualTo(slots);
            assertThat(claim.node()).isIn("knoten-a", "knoten-b");
            assertThat(claim.claimedAt()).isNotNull();
        });
    }

    private static int race(ClusterJobScheduler node, ClusterJob job, int slots, CyclicBarrier together)
            throws Exception {
        int ran = 0;
        for (long slot = 1; slot <= slots; slot++) {
            together.await();
            if (node.runSlot(job, slot)) {
                ran++;
            }
        }
        return ran;
    }

    @Test
    void claimsOnlyMoveForward() {
        ClusterJobScheduler a = node("knoten-a", job("a", Duration.ofMinutes(1)));
        a.ensureRow("test.tick");
        assertThat(a.claim("test.tick", 5)).isTrue();
        assertThat(a.claim("test.tick", 5)).as("the same slot again").isFalse();
        assertThat(a.claim("test.tick", 4)).as("an older slot (a node with a lagging clock)").isFalse();
        assertThat(a.claim("test.tick", 6)).isTrue();
        assertThat(a.claim("other.job", 1)).as("no row, no run").isFalse();
    }

    @Test
    void twoRunningSchedulersShareTheSlotsOfAJob() throws Exception {
        ClusterJobScheduler a = node("knoten-a", job("a", Duration.ofSeconds(1)));
        ClusterJobScheduler b = node("knoten-b", job("b", Duration.ofSeconds(1)));
        a.start();
        b.start();
        try {
            Thread.sleep(3_600);
        } finally {
            a.stop();
            b.stop();
        }
        // Both nodes fire at the same epoch-aligned instants; a slot run twice would show as two runs in one second.
        Map<Long, List<String>> bySecond = runs.stream().collect(Collectors.groupingBy(
                run -> Long.parseLong(run.substring(run.indexOf('@') + 1)) / 1000));
        assertThat(runs).hasSizeBetween(2, 5);
        assertThat(bySecond.values()).allSatisfy(inOneSecond -> assertThat(inOneSecond).hasSize(1));
        assertThat(a.lastClaim("test.tick")).isPresent();
    }

    @Test
    void aFailingTaskIsLoggedAndTheSlotCountsAsRun() {
        ClusterJob failing = ClusterJob.every("test.failing", Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("kaputt");
        });
        ClusterJobScheduler a = node("knoten-a", failing);
        a.ensureRow("test.failing");
        assertThat(a.runSlot(failing, 1)).isTrue();
        assertThat(a.runSlot(failing, 2)).isTrue();
    }

    @Test
    void slotsAreAlignedToTheEpochAndCronTimes() {
        JobSchedule everySecond = JobSchedule.of(job("a", Duration.ofSeconds(1)), ZoneId.of("Europe/Berlin"));
        assertThat(everySecond.next(Instant.ofEpochMilli(1_500))).isEqualTo(2_000);
        assertThat(everySecond.next(Instant.ofEpochMilli(2_000))).isEqualTo(3_000);

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        JobSchedule nightly = JobSchedule.of(ClusterJob.cron("test.nightly", "0 15 3 * * *", () -> { }), berlin);
        Instant midnight = ZonedDateTime.of(2026, 3, 29, 0, 0, 0, 0, berlin).toInstant();
        assertThat(Instant.ofEpochMilli(nightly.next(midnight)))
                .isEqualTo(ZonedDateTime.of(2026, 3, 29, 3, 15, 0, 0, berlin).toInstant());

        assertThatThrownBy(() -> node("knoten-a", ClusterJob.cron("test.bad", "jeden Morgen", () -> { })))
                .hasMessageContaining("invalid cron expression");
        assertThatThrownBy(() -> new ClusterJobScheduler(JdbcClient.create(database),
                List.of(job("a", Duration.ofSeconds(1)), job("b", Duration.ofSeconds(2))), "x", Clock.systemUTC()))
                .hasMessageContaining("Two cluster jobs");
    }
}
