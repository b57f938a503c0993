package de.serviceportal.wastecalendar.web.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.ics.IcsCalendar;
import de.serviceportal.wastecalendar.ics.IcsDocument;
import de.serviceportal.wastecalendar.ics.IcsOptions;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;

/**
 * {@code GET /.rest/waste-calendar/v1/addresses/{id}/calendar-{year}.ics?site=&fractions=&alarm=}: the calendar
 * of an address for one year, for download and for {@code webcal:} subscriptions.
 *
 * <p>Subscribed calendars poll, often every few minutes to hours, mostly for an unchanged plan. So the answer
 * carries a strong ETag (from the bytes, which only change with the plan) and Last-Modified (the plan's last
 * change), and a conditional request gets 304 without a body — without generating the calendar when its validators
 * are remembered ({@link CalendarValidators}). Shared caches may keep the calendar for an hour: a changed plan reaches
 * subscribers within that hour, and the calendar's own {@code X-PUBLISHED-TTL} asks clients for a daily refresh.
 */
@RestController
@RequestMapping(RestConfiguration.BASE)
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType(IcsDocument.CONTENT_TYPE);
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    private static final MediaType TEXT_PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Schedules calendars;
    private final CalendarValidators validators;

    CalendarController(Schedules calendars, CalendarValidators validators) {
        this.calendars = calendars;
        this.validators = validators;
    }

    @GetMapping("/addresses/{id}/calendar-{year}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String id, @PathVariable String year,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String fractions,
            @RequestParam(required = false) String alarm,
            @RequestHeader HttpHeaders request) {
        long addressId = RestParams.addressId(id);
        int calendarYear = year(year);
        Integer alarmHours = alarm == null || alarm.isBlank() ? null
                : RestParams.integer("alarm", alarm, 0, 1, IcsOptions.MAX_ALARM_HOURS);
        IcsOptions options = new IcsOptions(RestParams.fractions(fractions), alarmHours);
        HolidayShiftPolicy policy = calendars.policy(site);
        CalendarValidators.Key key = new CalendarValidators.Key(addressId, calendarYear, policy, options.fractions(),
                options.alarmHoursBefore());
        String stamps = validators.stamps(calendarYear);
        Optional<CalendarValidators.Validators> known = validators.known(key, stamps);
        if (known.isPresent() && notModified(request, known.get())) {
            return headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED), known.get()).build();
        }
        IcsDocument document = calendars.calendar(policy).generate(addressId, calendarYear, options)
                .orElseThrow(() -> RestException.notFound("Die Adresse " + addressId + " ist nicht bekannt."));
        String etag = document.etag();
        validators.remember(key, stamps, document, etag);
        // Spring compares the conditional headers of this answer too (HttpEntityMethodProcessor) and sends 304 when
        // they match: the path for a calendar not yet remembered.
        return headers(ResponseEntity.ok(), new CalendarValidators.Validators(etag, document.lastModified()))
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.bytes());
    }

    private static ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder answer,
            CalendarValidators.Validators validators) {
        answer.cacheControl(CACHE).eTag(validators.etag());
        if (validators.lastModified().isAfter(Instant.EPOCH)) { // EPOCH = no plan yet: no date to tell
            answer.lastModified(validators.lastModified());
        }
        return answer;
    }

    /**
     * RFC 9110 §13.2.2 for GET: If-None-Match decides when present (weak comparison, {@code *} matches), else
     * If-Modified-Since (second precision).
     */
    static boolean notModified(HttpHeaders request, CalendarValidators.Validators validators) {
        List<String> ifNoneMatch = request.getIfNoneMatch();
        if (!ifNoneMatch.isEmpty()) {
            String ours = weak(validators.etag());
            return ifNoneMatch.stream().anyMatch(tag -> tag.equals("*") || weak(tag).equals(ours));
        }
        long since = request.getIfModifiedSince();
        return since >= 0 && validators.lastModified().isAfter(Instant.EPOCH)
                && validators.lastModified().getEpochSecond() <= since / 1000;
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** A number; its range is checked by {@link IcsCalendar#generate} (German message, 400). */
    private static int year(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw RestException.badRequest("invalidParameter", "Das Jahr „" + year + "“ ist keine gültige Jahreszahl.");
        }
    }

    /** Calendar apps and browsers show a plain-text body best; the message is German. */
    @ExceptionHandler(RestException.class)
    ResponseEntity<String> refused(RestException e) {
        return ResponseEntity.status(e.status()).contentType(TEXT_PLAIN).body(e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> invalid(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(TEXT_PLAIN).body(e.getMessage());
    }
}
