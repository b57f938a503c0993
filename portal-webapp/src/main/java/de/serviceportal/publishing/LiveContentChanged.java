package de.serviceportal.publishing;

import java.time.Instant;
import java.util.List;

/**
 * Published synchronously after a publication is committed to the live store and before the command returns, so
 * caches are consistent by the time the editor sees "veröffentlicht".
 */
public record LiveContentChanged(List<LiveChange> changes, String actor, Instant at) {
}
