package de.serviceportal.wastecalendar.web.rest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute URLs of an address's ICS calendar, from the host the request came to (so links work behind every host
 * name the portal answers to). The subscription URL is the same with the {@code webcal:} scheme, which makes
 * browsers hand it to the calendar app as a subscription rather than a one-time download.
 */
final class CalendarUrls {

    private CalendarUrls() {
    }

    static String ics(long addressId, int year, String site) {
        UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(RestConfiguration.BASE + "/addresses/{id}/calendar-{year}.ics");
        if (site != null) {
            url.queryParam("site", site);
        }
        return url.buildAndExpand(addressId, year).encode().toUriString();
    }

    static String webcal(String icsUrl) {
        return "webcal" + icsUrl.substring(icsUrl.indexOf(':'));
    }
}
