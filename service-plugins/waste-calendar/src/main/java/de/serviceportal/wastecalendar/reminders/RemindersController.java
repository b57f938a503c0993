package de.serviceportal.wastecalendar.reminders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.wastecalendar.model.Fraction;

/**
 * {@code POST /.rest/waste-calendar/v1/reminders} (form from the citizen page, or JSON; CSRF token required like
 * every state change in the portal) and the links of the mails: {@code GET …/reminders/confirm?token=…},
 * {@code GET …/reminders/unsubscribe?token=…}. The one-click POST of mail programs (RFC 8058) is answered by
 * {@link OneClickUnsubscribeFilter}.
 */
@RestController
@RequestMapping(ReminderLinks.BASE)
class RemindersController {

    static final String SENT_MESSAGE = "Bitte bestätigen Sie Ihre Anmeldung: Wir haben Ihnen eine E-Mail mit einem "
            + "Bestätigungslink geschickt. Erst nach der Bestätigung erhalten Sie Erinnerungen.";

    private final Reminders reminders;

    RemindersController(Reminders reminders) {
        this.reminders = reminders;
    }

    /** The citizen page's form (works without JavaScript); answers with a German page. */
    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> subscribeForm(@RequestParam(required = false) String email,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) List<String> fractions,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String back) {
        String returnTo = ReminderPages.safeBack(back);
        try {
            reminders.subscribe(new Reminders.Request(email, address, fractions, lead, site));
        } catch (IllegalArgumentException e) {
            return html(HttpStatus.BAD_REQUEST, ReminderPages.page("Anmeldung nicht möglich", e.getMessage(),
                    null, returnTo, true));
        }
        return html(HttpStatus.OK, ReminderPages.page("Fast geschafft", SENT_MESSAGE, null, returnTo, false));
    }

    /** The same for apps: {@code {"email":…, "address":…, "fractions":[…], "lead":"evening", "site":…}}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> subscribeJson(@RequestBody SubscribeJson body) {
        try {
            reminders.subscribe(new Reminders.Request(body.email(), body.address(), body.fractions(), body.lead(),
                    body.site()));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("status", "PENDING", "message", SENT_MESSAGE));
    }

    record SubscribeJson(String email, String address, List<String> fractions, String lead, String site) {
    }

    @GetMapping(path = "/confirm", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam(required = false) String token) {
        Optional<Reminders.Confirmed> confirmed = reminders.confirm(token);
        if (confirmed.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, ReminderPages.page("Link nicht gültig",
                    "Dieser Bestätigungslink ist nicht (mehr) gültig. Er gilt 7 Tage und nur einmal. Bitte melden "
                            + "Sie sich im Abfallkalender erneut an.", null, null, true));
        }
        Reminders.Confirmed c = confirmed.get();
        String details = "<dl><dt>Adresse</dt><dd>" + ReminderPages.esc(c.addressLabel()) + "</dd>"
                + "<dt>Abfallarten</dt><dd>" + ReminderPages.esc(c.fractions().stream().map(Fraction::displayName)
                .collect(Collectors.joining(", "))) + "</dd>"
                + "<dt>Zeitpunkt</dt><dd>" + ReminderPages.esc(c.leadTime().label()) + "</dd></dl>"
                + "<p>Jede Erinnerung enthält einen Link zum Abbestellen. Sie können die Erinnerungen auch gleich "
                + "hier <a href=\"" + ReminderPages.esc(c.unsubscribeLink()) + "\">abbestellen</a>.</p>";
        return html(HttpStatus.OK, ReminderPages.page("Erinnerung eingerichtet",
                "Vielen Dank! Ihre Anmeldung ist bestätigt. Sie werden ab jetzt an die Abfuhrtermine erinnert.",
                details, null, false));
    }

    /**
     * Unsubscribes at once (as the mail promises one click) and deletes the subscription with everything kept
     * about it.
     */
    @GetMapping(path = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        if (!reminders.unsubscribe(token)) {
            return html(HttpStatus.NOT_FOUND, ReminderPages.page("Link nicht gültig",
                    "Zu diesem Link gibt es keine Erinnerung (mehr) – vermutlich haben Sie die Erinnerungen bereits "
                            + "abbestellt.", null, null, true));
        }
        return html(HttpStatus.OK, ReminderPages.page("Abgemeldet",
                "Sie erhalten keine Erinnerungen mehr. Wir haben Ihre E-Mail-Adresse und Ihre Auswahl gelöscht.",
                null, null, false));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
