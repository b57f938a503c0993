package de.serviceportal.dam;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Generated renditions in memory, least recently used out first, bounded by total bytes. Only a cache: every node
 * can generate any rendition from the repository, so nothing is lost when an entry goes or a node restarts.
 * Keys carry the file's version, so a replaced file never gets an old rendition.
 */
@Component
class RenditionCache {

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);

    RenditionCache(@Value("${portal.dam.rendition-cache-bytes:32MB}") DataSize maxBytes) {
        this.maxBytes = maxBytes.toBytes();
    }

    synchronized byte[] get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, byte[] value) {
        if (value.length > maxBytes / 4) {
            return; // one huge rendition must not empty the cache
        }
        byte[] previous = entries.put(key, value);
        bytes += value.length - (previous == null ? 0 : previous.length);
        var oldest = entries.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            Map.Entry<String, byte[]> entry = oldest.next();
            bytes -= entry.getValue().length;
            oldest.remove();
        }
    }
}
