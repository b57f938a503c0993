package de.serviceportal.wastecalendar.reminders;

import java.util.function.Supplier;

import de.serviceportal.plugin.PluginPaths;
import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;

/**
 * Absolute links in mails. The base URL comes from configuration ({@code portal.waste-calendar.public-url}), never
 * from the request's Host header, which a sender could forge to plant foreign links in our mails.
 */
final class ReminderLinks {

    static final String BASE = PluginPaths.REST + WasteCalendarAutoConfiguration.ID + "/v1/reminders";

    private final Supplier<String> publicUrl;

    ReminderLinks(Supplier<String> publicUrl) {
        this.publicUrl = publicUrl;
    }

    String confirm(String token) {
        return base() + BASE + "/confirm?token=" + token;
    }

    String unsubscribe(String token) {
        return base() + BASE + "/unsubscribe?token=" + token;
    }

    private String base() {
        String url = publicUrl.get();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
