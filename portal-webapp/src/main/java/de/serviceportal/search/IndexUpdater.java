package de.serviceportal.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import javax.jcr.RepositoryException;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns JCR events under {@code /website} into index work. Events only record which paths changed; the work runs on
 * the index's single thread, and everything that arrives while it waits is coalesced into one batch (a page saved
 * with twenty properties is indexed once, and the batch is one Lucene commit).
 */
final class IndexUpdater implements EventListener {

    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
    static final int EVENT_TYPES = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED | Event.PROPERTY_ADDED
            | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    /** Work on a batch of changed node paths; {@code true} = the whole subtree is new (added or moved there). */
    interface Batch {
        void apply(Map<String, Boolean> changedPaths) throws Exception;
    }

    private final Executor executor;
    private final Batch batch;
    private Map<String, Boolean> pending = new LinkedHashMap<>();

    IndexUpdater(Executor executor, Batch batch) {
        this.executor = executor;
        this.batch = batch;
    }

    @Override
    public void onEvent(EventIterator events) {
        Map<String, Boolean> changed = new LinkedHashMap<>();
        while (events.hasNext()) {
            Event event = events.nextEvent();
            try {
                String path = event.getPath();
                switch (event.getType()) {
                    case Event.NODE_ADDED, Event.NODE_MOVED -> changed.put(path, true);
                    case Event.NODE_REMOVED -> changed.putIfAbsent(path, false);
                    default -> changed.putIfAbsent(path.substring(0, Math.max(1, path.lastIndexOf('/'))), false);
                }
            } catch (RepositoryException e) {
                LOG.warn("Search index: cannot read a content event", e);
            }
        }
        enqueue(changed);
    }

    void enqueue(Map<String, Boolean> changed) {
        if (changed.isEmpty()) {
            return;
        }
        boolean schedule;
        synchronized (this) {
            schedule = pending.isEmpty();
            changed.forEach((path, subtree) -> pending.merge(path, subtree, Boolean::logicalOr));
        }
        if (schedule) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        Map<String, Boolean> work;
        synchronized (this) {
            work = pending;
            pending = new LinkedHashMap<>();
        }
        try {
            batch.apply(work);
        } catch (Exception e) {
            // the index stays marked as not current, so the next start rebuilds it
            LOG.error("Search index: could not index changes to {}", work.keySet(), e);
        }
    }
}
