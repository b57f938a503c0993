package de.serviceportal.wastecalendar.schedule;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.AddressPlan;
import java.util.Optional;

/** Where the schedule gets its data from; the JDBC repository implements it. */
public interface PlanSource {

    Optional<Address> address(long addressId);

    /** The address's tours and special collections of one plan year; empty if no plan covers it. */
    Optional<AddressPlan> plan(long addressId, int year);
}
