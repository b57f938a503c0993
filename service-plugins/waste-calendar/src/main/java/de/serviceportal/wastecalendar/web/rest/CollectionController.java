package de.serviceportal.wastecalendar.web.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.ics.IcsCalendar;
import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/**
 * {@code GET /.rest/waste-calendar/v1/collections?address=17&from=2026-01-01&to=2026-03-31&fractions=restabfall}:
 * the collection dates of an address, holiday shifts applied by the site's policy. {@code from} defaults to today,
 * {@code to} to {@value #DEFAULT_DAYS} days after {@code from}. Each entry carries the UID of the matching ICS event.
 */
@RestController
@RequestMapping(RestConfiguration.BASE)
class CollectionController {

    static final int DEFAULT_DAYS = 90;
    private static final ZoneId ZONE = WasteCalendarAutoConfiguration.TIME_ZONE;

    private final Schedules calendars;

    CollectionController(Schedules calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/collections")
    List<CollectionJson> collections(@RequestParam(required = false) String address,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String fractions) {
        long id = RestParams.addressId(address);
        LocalDate start = RestParams.date("from", from, LocalDate.now(ZONE));
        LocalDate end = RestParams.date("to", to, start.plusDays(DEFAULT_DAYS));
        Set<Fraction> wanted = RestParams.fractions(fractions);
        Address found = RestParams.address(calendars.repository(), id);
        HolidayShiftPolicy policy = calendars.policy(site);
        IcsCalendar ics = calendars.calendar(policy);
        return calendars.schedule(policy).collections(id, start, end).stream()
                .filter(c -> wanted.isEmpty() || wanted.contains(c.fraction()))
                .map(c -> CollectionJson.of(c, ics.uid(c, found)))
                .toList();
    }

    /** Dates as ISO strings; {@code note} (German, why a date moved) and {@code details} (place, time) or null. */
    record CollectionJson(String date, FractionJson fraction, String plannedDate, String note, String details,
                          String uid) {

        static CollectionJson of(Collection c, String uid) {
            return new CollectionJson(c.date().toString(), FractionJson.of(c.fraction()), c.plannedDate().toString(),
                    emptyToNull(c.note()), emptyToNull(c.details()), uid);
        }

        private static String emptyToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }

    /** {@code colour} is a background for {@code textColour} (contrast at least 4.5:1). */
    record FractionJson(String key, String name, String colour, String textColour, String icon) {

        static FractionJson of(Fraction f) {
            return new FractionJson(f.key(), f.displayName(), f.colour(), f.textColour(), f.icon());
        }
    }
}
