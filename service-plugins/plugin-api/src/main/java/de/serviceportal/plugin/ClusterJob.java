package de.serviceportal.plugin;

import java.time.Duration;

/**
 * A task the portal runs on a schedule, on exactly one node of a cluster per scheduled time ("slot"). Every node
 * schedules it; the first to claim a slot in the shared database runs it, the others skip that slot. Slots missed
 * while no node was running are not made up. The task runs on a portal thread; it should catch what it can handle
 * (other failures are logged, the next slot runs as planned).
 *
 * @param name     unique in the portal, e.g. {@code example.cleanup}
 * @param cron     a Spring cron expression (seconds first, e.g. {@code 0 15 3 * * *}, server time zone), or null
 * @param interval a fixed interval (slots aligned to the epoch, so every node sees the same ones), or null
 */
public record ClusterJob(String name, String cron, Duration interval, Runnable task) {

    public ClusterJob {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,199}")) {
            throw new IllegalArgumentException("A job name is lower case letters, digits, . _ -; got \"" + name + "\"");
        }
        if ((cron == null) == (interval == null)) {
            throw new IllegalArgumentException("Job " + name + " needs either a cron expression or an interval");
        }
        if (interval != null && interval.toMillis() < 1000) {
            throw new IllegalArgumentException("Job " + name + ": the interval must be at least one second");
        }
        if (task == null) {
            throw new IllegalArgumentException("Job " + name + " needs a task");
        }
    }

    public static ClusterJob cron(String name, String cron, Runnable task) {
        return new ClusterJob(name, cron, null, task);
    }

    public static ClusterJob every(String name, Duration interval, Runnable task) {
        return new ClusterJob(name, null, interval, task);
    }
}
