package de.serviceportal.wastecalendar.web.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.serviceportal.wastecalendar.ics.IcsDocument;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/**
 * The validators (ETag, Last-Modified) of calendars generated recently, so that a subscription's poll with
 * If-None-Match or If-Modified-Since is answered 304 without generating the calendar again: the ETag is a hash of
 * the bytes, and generating them is most of the cost of a request.
 *
 * <p>A calendar's bytes depend on the address, year, holiday policy and options, and on the plan data of the year and
 * its neighbours (shifts cross New Year). Every import replaces a year's plan and sets its change stamp (which is
 * also the events' DTSTAMP), so an entry is used only while the stamps of year-1..year+1 are those it was made
 * with. Entries also expire after {@link #MAX_AGE}, which bounds how long a change that did not touch the stamp
 * (none is known) could go unnoticed. Memory is small: a few dozen bytes per entry, at most {@link #MAX_ENTRIES}.
 * Each cluster node keeps its own; they agree because the bytes do.
 */
final class CalendarValidators {

    static final int MAX_ENTRIES = 20_000;
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    record Key(long addressId, int year, HolidayShiftPolicy policy, Set<Fraction> fractions, Integer alarmHours) {
    }

    record Validators(String etag, Instant lastModified) {
    }

    private record Entry(String stamps, Validators validators, long createdNanos) {
    }

    private final WasteCalendarRepository repository;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    CalendarValidators(WasteCalendarRepository repository) {
        this.repository = repository;
    }

    /** The plans' change stamps a calendar of {@code year} depends on; cheap (three indexed one-row reads). */
    String stamps(int year) {
        StringBuilder stamps = new StringBuilder();
        for (int y = year - 1; y <= year + 1; y++) {
            stamps.append(repository.planChangedAt(y).map(Instant::toString).orElse("-")).append(' ');
        }
        return stamps.toString();
    }

    Optional<Validators> known(Key key, String stamps) {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null || !entry.stamps.equals(stamps)
                || System.nanoTime() - entry.createdNanos > MAX_AGE.toNanos()) {
            return Optional.empty();
        }
        return Optional.of(entry.validators);
    }

    void remember(Key key, String stamps, IcsDocument document, String etag) {
        Entry entry = new Entry(stamps, new Validators(etag, document.lastModified()), System.nanoTime());
        synchronized (entries) {
            entries.put(key, entry);
        }
    }
}
