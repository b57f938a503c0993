package de.serviceportal.plugins;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.serviceportal.plugin.ClusterJob;

/**
 * Runs {@link ClusterJob}s: every node schedules every job, and for each slot the node whose
 * {@code UPDATE cluster_job SET slot = ? ... WHERE name = ? AND slot < ?} changes the row runs it; the others see
 * 0 rows updated and skip. The database decides, so no leader election, no lock that a dead node could keep.
 * Claims only move forward, so a node whose clock lags loses rather than running a slot twice.
 */
@Component
public class ClusterJobScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobScheduler.class);

    private final JdbcClient jdbc;
    private final List<ClusterJob> jobs;
    private final Map<String, JobSchedule> schedules = new LinkedHashMap<>();
    private final String node;
    private final Clock clock;
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRun = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;
    private volatile boolean running;

    @Autowired
    ClusterJobScheduler(DataSource dataSource, List<ClusterJob> jobs,
            @Value("${portal.cluster.node-id:}") String node) {
        this(JdbcClient.create(dataSource), jobs, node.isBlank() ? defaultNodeId() : node, Clock.systemDefaultZone());
    }

    ClusterJobScheduler(JdbcClient jdbc, List<ClusterJob> jobs, String node, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = List.copyOf(jobs);
        this.node = node;
        this.clock = clock;
        for (ClusterJob job : this.jobs) {
            if (schedules.put(job.name(), JobSchedule.of(job, clock.getZone())) != null) {
                throw new IllegalStateException("Two cluster jobs are named " + job.name());
            }
        }
    }

    /** Host name and process id: tells the nodes apart in {@code cluster_job.node}. */
    static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        for (ClusterJob job : jobs) {
            ensureRow(job.name());
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(Math.max(1, Math.min(4, jobs.size())), task -> {
            Thread thread = new Thread(task, "cluster-job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        for (ClusterJob job : jobs) {
            scheduleNext(job, clock.instant());
        }
        if (!jobs.isEmpty()) {
            LOG.info("Scheduled {} cluster job(s) on node {}", jobs.size(), node);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        pending.values().forEach(future -> future.cancel(false));
        pending.clear();
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void scheduleNext(ClusterJob job, Instant after) {
        if (!running) {
            return;
        }
        long slot = schedules.get(job.name()).next(after);
        if (slot == Long.MAX_VALUE) {
            return;
        }
        long delay = Math.max(0, slot - clock.millis());
        pending.put(job.name(), executor.schedule(() -> {
            try {
                runSlot(job, slot);
            } finally {
                // the next slot after this one, or after now if this run took longer than the interval
                scheduleNext(job, Instant.ofEpochMilli(Math.max(slot, clock.millis())));
            }
        }, delay, TimeUnit.MILLISECONDS));
    }

    /** Runs the job if this node wins the slot; true if it ran here. */
    boolean runSlot(ClusterJob job, long slot) {
        if (!claim(job.name(), slot)) {
            LOG.debug("Cluster job {} slot {} runs on another node", job.name(), slot);
            return false;
        }
        lastRun.put(job.name(), slot);
        try {
            job.task().run();
        } catch (RuntimeException | Error e) {
            LOG.error("Cluster job {} failed in slot {} on node {}", job.name(), Instant.ofEpochMilli(slot), node, e);
        }
        return true;
    }

    /** The atomic claim: exactly one node's update of the job's row succeeds for a slot. */
    boolean claim(String name, long slot) {
        int updated = jdbc.sql("UPDATE cluster_job SET slot = ?, node = ?, claimed_at = ? WHERE name = ? AND slot < ?")
                .params(slot, node, Timestamp.from(clock.instant()), name, slot)
                .update();
        return updated == 1;
    }

    /** Creates the job's row once; nodes starting together race, the loser finds it there. */
    void ensureRow(String name) {
        try {
            jdbc.sql("INSERT INTO cluster_job (name, slot) VALUES (?, ?)").params(name, -1L).update();
        } catch (DuplicateKeyException e) {
            // created by this node earlier or by another one
        }
    }

    String node() {
        return node;
    }

    List<ClusterJob> jobs() {
        return jobs;
    }

    String describe(ClusterJob job) {
        return schedules.get(job.name()).describe();
    }

    /** The job's last claim in the cluster: slot, node and time; empty before the first run. */
    Optional<Claim> lastClaim(String name) {
        List<Claim> claims = new ArrayList<>(jdbc.sql("SELECT slot, node, claimed_at FROM cluster_job WHERE name = ?")
                .param(name)
                .query((rs, row) -> new Claim(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .list());
        return claims.stream().filter(c -> c.slot() >= 0).findFirst();
    }

    /** The last slot this node ran, or null. */
    Long lastRunHere(String name) {
        return lastRun.get(name);
    }

    record Claim(long slot, String node, Instant claimedAt) {
    }
}
