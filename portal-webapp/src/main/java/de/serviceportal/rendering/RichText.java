package de.serviceportal.rendering;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The safe subset of HTML that rich text may use. Rich text is sanitised again when rendered: the repository
 * content may come from imports or old versions, so it is never trusted.
 */
@Component
class RichText {

    private static final int CACHE_SIZE = 2_000;

    private final Map<String, String> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        synchronized (cache) {
            String cached = cache.get(html);
            if (cached != null) {
                return cached;
            }
        }
        String clean = RichTextRules.forRendering(html);
        synchronized (cache) {
            cache.put(html, clean);
        }
        return clean;
    }
}
