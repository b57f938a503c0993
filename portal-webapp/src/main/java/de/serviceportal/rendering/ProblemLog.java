package de.serviceportal.rendering;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs a rendering problem once per light-module generation instead of on every request that meets it, so a
 * broken component on a busy page does not flood the log.
 */
@Component
class ProblemLog {

    private static final Logger LOG = LoggerFactory.getLogger("de.serviceportal.rendering");
    private static final int MAX_REMEMBERED = 10_000;

    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private volatile long generation = -1;

    void warn(RenderContext context, String key, String format, Object... arguments) {
        if (firstTime(context, key)) {
            LOG.warn(format, arguments);
        }
    }

    void error(RenderContext context, String key, String message, Throwable cause) {
        if (firstTime(context, key)) {
            LOG.error(message, cause);
        }
    }

    private boolean firstTime(RenderContext context, String key) {
        long current = context.definitions().generation();
        if (current != generation || logged.size() > MAX_REMEMBERED) {
            logged.clear();
            generation = current;
        }
        return logged.add(key);
    }
}
