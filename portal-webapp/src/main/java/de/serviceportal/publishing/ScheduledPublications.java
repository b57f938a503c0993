package de.serviceportal.publishing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Carries out approved requests when their time has come, also those that fell due while the portal was down
 * (checked right at start, then every {@code portal.publishing.schedule-interval}).
 */
@Component
class ScheduledPublications implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublications.class);

    private final PublicationRequests requests;
    private final long intervalMillis;
    private ScheduledExecutorService executor;

    ScheduledPublications(PublicationRequests requests,
            @Value("${portal.publishing.schedule-interval:20s}") java.time.Duration interval) {
        this.requests = requests;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scheduled-publications");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            int ran = requests.runDue();
            if (ran > 0) {
                LOG.info("Carried out {} scheduled publication request(s)", ran);
            }
        } catch (RuntimeException e) {
            LOG.error("Scheduled publications could not run", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
