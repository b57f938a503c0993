package de.serviceportal.wastecalendar.ics;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.AddressPlan;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.model.Keys;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.schedule.CollectionSchedule;
import de.serviceportal.wastecalendar.schedule.PlanSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * RFC 5545 calendar of one address and year, as calendar apps expect it: one all-day VEVENT per fraction and
 * date, UIDs that stay the same across regenerations (planned date + fraction + address key, so a moved date
 * updates the event instead of duplicating it), DTSTAMP = the plan's last change (so the bytes — and the ETag —
 * change only when the plan does).
 */
public final class IcsCalendar {

    public static final String PRODID = "-//Regionales Serviceportal Merseburg Saalekreis//Abfallkalender//DE";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final DateTimeFormatter UID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final CollectionSchedule schedule;
    private final String host;

    /** @param host domain for UIDs, e.g. {@code serviceportal.merseburg.de} */
    public IcsCalendar(CollectionSchedule schedule, String host) {
        this.schedule = schedule;
        this.host = host;
    }

    /**
     * @return empty if the address does not exist
     * @throws IllegalArgumentException for a year outside {@value #MIN_YEAR}–{@value #MAX_YEAR} (German message)
     */
    public Optional<IcsDocument> generate(long addressId, int year, IcsOptions options) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("Das Jahr muss zwischen " + MIN_YEAR + " und " + MAX_YEAR + " liegen.");
        }
        PlanSource source = schedule.source();
        Optional<Address> address = source.address(addressId);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Instant stamp = lastChange(source, addressId, year);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Abfallkalender " + year + ": " + address.get().label()));
        calendar.add(new XProperty("X-WR-CALDESC", "Abfuhrtermine " + year + " für " + address.get().label()));
        // Subscribed calendars: tell clients a daily refresh is enough (Outlook reads X-PUBLISHED-TTL).
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT24H"));
        for (List<Collection> sameDay : grouped(schedule.year(addressId, year), options).values()) {
            calendar.add(event(sameDay, address.get(), stamp, options));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = "abfallkalender-" + year + "-" + Keys.slug(address.get().label()) + ".ics";
        return Optional.of(new IcsDocument(out.toString(), stamp, fileName));
    }

    /** The UID of one collection; public so other channels (reminders, JSON) can refer to the same event. */
    public String uid(Collection collection, Address address) {
        return collection.plannedDate().format(UID_DATE) + "-" + collection.fraction().key() + "-" + address.key() + "@" + host;
    }

    private static Map<String, List<Collection>> grouped(List<Collection> collections, IcsOptions options) {
        Map<String, List<Collection>> byDayAndFraction = new LinkedHashMap<>();
        for (Collection c : collections) {
            if (options.fractions().contains(c.fraction())) {
                byDayAndFraction.computeIfAbsent(c.date() + "|" + c.fraction(), k -> new ArrayList<>()).add(c);
            }
        }
        return byDayAndFraction;
    }

    private VEvent event(List<Collection> sameDay, Address address, Instant stamp, IcsOptions options) {
        Collection first = sameDay.get(0);
        Fraction fraction = first.fraction();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(first, address)));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(first.date()));
        event.add(new DtEnd<>(first.date().plusDays(1)));
        event.add(new Summary(fraction.displayName()));
        event.add(new Description(description(sameDay)));
        String places = String.join("; ", sameDay.stream().map(Collection::details).filter(d -> !d.isEmpty()).toList());
        if (!fraction.regular() && !places.isEmpty()) {
            event.add(new Location(places));
        }
        event.add(ImmutableTransp.TRANSPARENT);
        if (options.alarmHoursBefore() != null) {
            VAlarm alarm = new VAlarm(Duration.ofHours(-options.alarmHoursBefore()));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description("Morgen: " + fraction.displayName()));
            event.add(alarm);
        }
        return event;
    }

    private static String description(List<Collection> sameDay) {
        List<String> parts = new ArrayList<>();
        for (Collection c : sameDay) {
            if (!c.note().isEmpty()) {
                parts.add(c.note().matches(".*[.!?]$") ? c.note() : c.note() + ".");
            }
            if (!c.details().isEmpty()) {
                parts.add(c.details());
            }
        }
        if (sameDay.get(0).fraction().regular()) {
            parts.add("Bitte bis 6:00 Uhr bereitstellen.");
        }
        return String.join("\n", parts);
    }

    private static Instant lastChange(PlanSource source, long addressId, int year) {
        Instant latest = Instant.EPOCH;
        for (int y = year - 1; y <= year + 1; y++) {
            Optional<Instant> changed = source.plan(addressId, y).map(AddressPlan::changedAt);
            if (changed.isPresent() && changed.get().isAfter(latest)) {
                latest = changed.get();
            }
        }
        return latest;
    }
}
