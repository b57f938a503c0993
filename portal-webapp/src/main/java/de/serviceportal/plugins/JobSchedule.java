package de.serviceportal.plugins;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

import de.serviceportal.plugin.ClusterJob;

/**
 * When a job's slots are. Every node computes the same slots from the same clock time: cron times, or multiples of
 * the interval since the epoch (not since the node's start).
 */
final class JobSchedule {

    private final CronExpression cron;
    private final long intervalMillis;
    private final ZoneId zone;

    private JobSchedule(CronExpression cron, long intervalMillis, ZoneId zone) {
        this.cron = cron;
        this.intervalMillis = intervalMillis;
        this.zone = zone;
    }

    static JobSchedule of(ClusterJob job, ZoneId zone) {
        if (job.cron() != null) {
            try {
                return new JobSchedule(CronExpression.parse(job.cron()), 0, zone);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Cluster job " + job.name() + ": invalid cron expression '"
                        + job.cron() + "': " + e.getMessage(), e);
            }
        }
        return new JobSchedule(null, job.interval().toMillis(), zone);
    }

    /** The first slot strictly after {@code after}, as epoch milliseconds. */
    long next(Instant after) {
        if (cron != null) {
            ZonedDateTime next = cron.next(ZonedDateTime.ofInstant(after, zone));
            if (next == null) {
                return Long.MAX_VALUE; // a cron expression that never fires again
            }
            return next.toInstant().toEpochMilli();
        }
        long millis = after.toEpochMilli();
        return (Math.floorDiv(millis, intervalMillis) + 1) * intervalMillis;
    }

    String describe() {
        return cron != null ? "Cron „" + cron + "“" : "alle " + humanInterval(intervalMillis);
    }

    private static String humanInterval(long millis) {
        if (millis % 86_400_000 == 0) {
            return millis / 86_400_000 + " Tag(e)";
        }
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + " Stunde(n)";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " Minute(n)";
        }
        return millis / 1000.0 + " Sekunde(n)";
    }
}
