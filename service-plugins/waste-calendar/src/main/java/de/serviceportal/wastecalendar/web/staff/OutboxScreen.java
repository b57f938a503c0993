package de.serviceportal.wastecalendar.web.staff;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.reminders.EmbeddedOutbox;
import de.serviceportal.wastecalendar.reminders.MailOutbox;

/** {@code /.editor/plugins/waste-calendar/postausgang}: the last 100 mails of the embedded outbox. */
@Controller
class OutboxScreen {

    static final int SHOWN = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.GERMAN)
            .withZone(WasteCalendarAutoConfiguration.TIME_ZONE);

    private final EmbeddedOutbox outbox;
    private final MailOutbox transport;

    OutboxScreen(EmbeddedOutbox outbox, MailOutbox transport) {
        this.outbox = outbox;
        this.transport = transport;
    }

    @GetMapping(path = StaffConfiguration.OUTBOX_SCREEN, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show() {
        List<EmbeddedOutbox.StoredMail> mails = outbox.latest(SHOWN);
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(transport == outbox
                ? "Es ist kein Mailserver eingerichtet: Die E-Mails des Abfallkalenders (Bestätigungen und "
                        + "Erinnerungen) werden nicht versendet, sondern hier abgelegt."
                : "Die E-Mails werden per SMTP versendet. Hier stehen nur E-Mails aus der Zeit ohne Mailserver.")
                .append(" Angezeigt werden die letzten ").append(SHOWN)
                .append(" E-Mails; nach 30 Tagen werden sie gelöscht.</p>");
        if (mails.isEmpty()) {
            body.append("<p>Der Postausgang ist leer.</p>");
        }
        for (EmbeddedOutbox.StoredMail mail : mails) {
            String id = "mail-" + mail.id();
            body.append("<article aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id).append("\">")
                    .append(StaffHtml.esc(mail.subject())).append("</h2><p>An <strong>")
                    .append(StaffHtml.esc(mail.to())).append("</strong>, ").append(TIME.format(mail.createdAt()))
                    .append(" Uhr</p>");
            if (!mail.headers().isEmpty()) {
                body.append("<ul>");
                for (Map.Entry<String, String> header : mail.headers().entrySet()) {
                    body.append("<li>").append(StaffHtml.esc(header.getKey())).append(": <code>")
                            .append(StaffHtml.esc(header.getValue())).append("</code></li>");
                }
                body.append("</ul>");
            }
            body.append("<pre>").append(StaffHtml.esc(mail.text())).append("</pre></article>");
        }
        return StaffHtml.page(HttpStatus.OK, StaffConfiguration.OUTBOX_SCREEN, "Postausgang der Erinnerungen",
                body.toString());
    }
}
