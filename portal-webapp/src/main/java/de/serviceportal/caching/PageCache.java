package de.serviceportal.caching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;

import de.serviceportal.publishing.LiveChange;
import de.serviceportal.publishing.LiveContentChanged;

/**
 * Anonymous responses (rendered pages, delivery API) kept in memory, each with the content it depends on. A
 * publication evicts exactly the entries whose dependencies it touches, before the publication returns; an entry
 * rendered while a publication ran is not stored (it might show the state before it). Node-local: in a cluster
 * every node needs the publication event.
 */
final class PageCache {

    /** A stored response. */
    record Entry(int status, Map<String, List<String>> headers, byte[] body, String etag, Set<String> dependencies) {
    }

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, Set<String>> byDependency = new HashMap<>();
    private long bytes;
    /** Counts invalidations; a response is stored only if none happened while it was produced. */
    private long generation;

    PageCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    synchronized Entry get(String key) {
        return entries.get(key);
    }

    synchronized long generation() {
        return generation;
    }

    /** Stores the entry unless content was published since {@code startedAt}; true if stored. */
    synchronized boolean put(String key, Entry entry, long startedAt) {
        if (startedAt != generation || entry.body().length > maxBytes) {
            return false;
        }
        remove(key);
        entries.put(key, entry);
        bytes += entry.body().length;
        for (String dependency : entry.dependencies()) {
            byDependency.computeIfAbsent(dependency, d -> new HashSet<>()).add(key);
        }
        for (Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
                (entries.size() > maxEntries || bytes > maxBytes) && oldest.hasNext();) {
            Map.Entry<String, Entry> victim = oldest.next();
            oldest.remove();
            forget(victim.getKey(), victim.getValue());
        }
        return true;
    }

    synchronized int size() {
        return entries.size();
    }

    @EventListener
    void on(LiveContentChanged event) {
        invalidate(event.changes());
    }

    synchronized void invalidate(List<LiveChange> changes) {
        generation++;
        Set<String> keys = new HashSet<>();
        for (LiveChange change : changes) {
            collect(keys, "I:" + change.identifier());
            for (String path : new String[] {change.oldPath(), change.newPath()}) {
                if (path != null) {
                    collect(keys, "R:" + path);
                    collect(keys, "L:" + parent(path));
                    for (String ancestor = path; ancestor != null; ancestor = parent(ancestor)) {
                        collect(keys, "S:" + ancestor);
                    }
                }
            }
        }
        for (String key : keys) {
            remove(key);
        }
    }

    synchronized void clear() {
        generation++;
        entries.clear();
        byDependency.clear();
        bytes = 0;
    }

    private void collect(Set<String> keys, String dependency) {
        Set<String> dependent = byDependency.get(dependency);
        if (dependent != null) {
            keys.addAll(dependent);
        }
    }

    private void remove(String key) {
        Entry entry = entries.remove(key);
        if (entry != null) {
            forget(key, entry);
        }
    }

    /** Drops the bookkeeping of an entry already taken out of {@code entries}. */
    private void forget(String key, Entry entry) {
        if (entry == null) {
            return;
        }
        bytes -= entry.body().length;
        List<String> empty = new ArrayList<>();
        for (String dependency : entry.dependencies()) {
            Set<String> dependent = byDependency.get(dependency);
            if (dependent != null && dependent.remove(key) && dependent.isEmpty()) {
                empty.add(dependency);
            }
        }
        empty.forEach(byDependency::remove);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? (path.equals("/") ? null : "/") : path.substring(0, slash);
    }
}
