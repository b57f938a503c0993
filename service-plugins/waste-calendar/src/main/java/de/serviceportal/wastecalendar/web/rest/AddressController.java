package de.serviceportal.wastecalendar.web.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.ics.IcsCalendar;
import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.search.AddressMatch;
import de.serviceportal.wastecalendar.search.AddressSearch;
import de.serviceportal.wastecalendar.search.AddressSearchResult;

/**
 * {@code GET /.rest/waste-calendar/v1/addresses?q=gotthard&limit=10}: address type-ahead for apps. Each address
 * carries the URLs of its ICS calendar (for {@code year}, default the current year) and its subscription.
 * Without matches, {@code suggestions} and a German {@code message} help on ("Meinten Sie …?").
 */
@RestController
@RequestMapping(RestConfiguration.BASE)
class AddressController {

    static final int MAX_QUERY_LENGTH = 100;
    static final int DEFAULT_LIMIT = 10;
    private static final ZoneId ZONE = WasteCalendarAutoConfiguration.TIME_ZONE;

    private final AddressSearch search;
    private final Schedules calendars;

    AddressController(AddressSearch search, Schedules calendars) {
        this.search = search;
        this.calendars = calendars;
    }

    @GetMapping("/addresses")
    SearchResponse addresses(@RequestParam(required = false) String q,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String year) {
        if (q == null || q.isBlank()) {
            throw RestException.badRequest("missingParameter",
                    "Bitte geben Sie einen Straßennamen ein (Parameter „q“).");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw RestException.badRequest("invalidParameter",
                    "Die Suche ist zu lang (höchstens " + MAX_QUERY_LENGTH + " Zeichen).");
        }
        int max = RestParams.integer("limit", limit, DEFAULT_LIMIT, 1, AddressSearch.MAX_LIMIT);
        int calendarYear = RestParams.integer("year", year, LocalDate.now(ZONE).getYear(),
                IcsCalendar.MIN_YEAR, IcsCalendar.MAX_YEAR);
        calendars.policy(site); // an unknown site is refused here, not only when the ICS URL is used
        AddressSearchResult result = search.search(q, max);
        return new SearchResponse(json(result.matches(), calendarYear, site),
                json(result.suggestions(), calendarYear, site), result.message());
    }

    private List<AddressJson> json(List<AddressMatch> matches, int year, String site) {
        return matches.stream()
                .flatMap(m -> calendars.repository().address(m.id()).stream())
                .map(a -> AddressJson.of(a, CalendarUrls.ics(a.id(), year, site)))
                .toList();
    }

    record SearchResponse(List<AddressJson> matches, List<AddressJson> suggestions, String message) {
    }

    /** {@code houseNumbers} is null for a whole street, else e.g. "1–49 (ungerade)". */
    record AddressJson(long id, String label, String municipality, String ortsteil, String street,
                       String houseNumbers, String icsUrl, String webcalUrl) {

        static AddressJson of(Address a, String icsUrl) {
            String numbers = a.range().label();
            return new AddressJson(a.id(), a.label(), a.municipality(), a.ortsteil(), a.street(),
                    numbers.isEmpty() ? null : numbers, icsUrl, CalendarUrls.webcal(icsUrl));
        }
    }
}
