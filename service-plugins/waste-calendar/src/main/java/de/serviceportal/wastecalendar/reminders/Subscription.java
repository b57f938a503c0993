package de.serviceportal.wastecalendar.reminders;

import java.time.Instant;
import java.util.List;

import de.serviceportal.wastecalendar.model.Fraction;

/** A stored reminder subscription: e-mail, address and choices — nothing else (data minimisation). */
record Subscription(long id, String email, long addressId, List<Fraction> fractions, LeadTime leadTime, String site,
                    Status status, Instant createdAt) {

    enum Status { PENDING, ACTIVE }
}
