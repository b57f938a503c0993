package de.serviceportal.plugin;

/**
 * Marker of events between the portal and plugins. Publish with Spring's {@code ApplicationEventPublisher}, listen
 * with {@code @EventListener}. Delivery is <strong>node-local and synchronous</strong>: listeners on the node that
 * published run in the publisher's thread (an exception reaches the publisher); other nodes of a cluster do not see
 * the event. Work that must happen once per cluster belongs in a {@link ClusterJob} or the database.
 * Plugins may define their own events implementing this interface.
 */
public interface PortalEvent {
}
