package de.serviceportal.publishing;

import java.time.Instant;

/**
 * A request to publish (or unpublish) content, decided by a second person where the site asks for four eyes.
 *
 * @param scheduledAt  when it should go live; null = as soon as approved
 * @param message      why a scheduled run failed (German), or null
 */
public record PublicationRequest(String id, String workspace, String path, String identifier, boolean recursive,
        Action action, String requester, Instant requestedAt, String comment, Instant scheduledAt, State state,
        String decider, String decisionComment, Instant decidedAt, String message) {

    public enum Action {
        PUBLISH("Veröffentlichen"), UNPUBLISH("Zurückziehen");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum State {
        PENDING("wartet auf Freigabe"), SCHEDULED("freigegeben, geplant"), DONE("ausgeführt"),
        REJECTED("abgelehnt"), FAILED("fehlgeschlagen");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
