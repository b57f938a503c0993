package de.serviceportal.plugin;

import java.time.Instant;

/**
 * A citizen's case (an application, a report) changed its status.
 *
 * @param oldStatus null when the case was just created
 */
public record CaseStatusChanged(String caseId, String serviceId, String oldStatus, String newStatus, Instant at)
        implements PortalEvent {
}
