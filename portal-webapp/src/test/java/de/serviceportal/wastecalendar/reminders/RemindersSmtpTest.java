package de.serviceportal.wastecalendar.reminders;

import de.serviceportal.testsupport.PortalHttp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import de.serviceportal.plugin.ClusterJob;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.search.AddressSearch;

/**
 * Reminders end to end through a real SMTP server (GreenMail): subscribe by the citizen form (CSRF required),
 * confirmation mail, confirm link, the reminder job (once per subscription and date), unsubscribe by link and by
 * RFC 8058 one-click POST, bad input with German messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.test.context=waste-reminders-smtp")
class RemindersSmtpTest {

    static final String REMINDERS = "/.rest/waste-calendar/v1/reminders";
    private static final int SMTP_PORT = freePort();
    private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost:\\d+(" + REMINDERS
            + "/confirm\\?token=[A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("http://localhost:\\d+(" + REMINDERS
            + "/unsubscribe\\?token=[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;
    @Autowired
    Reminders reminders;
    @Autowired
    MailOutbox outbox;
    @Autowired
    AddressSearch search;
    @Autowired
    Schedules schedules;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<ClusterJob> jobs;

    @Test
    void smtpIsUsedWhenAMailHostIsConfigured() {
        assertThat(outbox).isNotInstanceOf(EmbeddedOutbox.class);
        assertThat(jobs).extracting(ClusterJob::name).contains("waste-calendar.reminders");
    }

    @Test
    void subscribeConfirmRemindOnceAndUnsubscribe() throws Exception {
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        Collection next = schedules.schedule("merseburg")
                .collections(address, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)).get(0);
        String email = "buergerin." + System.nanoTime() + "@beispiel.de";
        Map<String, List<String>> form = Map.of("email", List.of(email), "address", List.of(String.valueOf(address)),
                "fractions", List.of(next.fraction().key()), "lead", List.of("evening"), "site", List.of("merseburg"),
                "back", List.of("/merseburg/buergerservice/muellkalender"));

        PortalHttp citizen = new PortalHttp(port);
        assertThat(citizen.postForm(REMINDERS, form).statusCode()).as("without CSRF token").isEqualTo(403);
        assertThat(count(email)).isZero();

        HttpResponse<String> sent = citizen.postForm(REMINDERS, withCsrf(form, citizen.csrfToken()));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Bitte bestätigen Sie Ihre Anmeldung")
                .contains("href=\"/merseburg/buergerservice/muellkalender\"");
        assertThat(jdbc.sql("SELECT status FROM wc_reminder WHERE email = ?").param(email).query(String.class).single())
                .isEqualTo("PENDING");

        MimeMessage confirmation = awaitMail(email, 1).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre Erinnerung an die Abfuhrtermine");
        assertThat(confirmation.getContentType()).containsIgnoringCase("charset=UTF-8");
        String text = (String) confirmation.getContent();
        assertThat(text).contains("Gotthardstraße").contains(next.fraction().displayName())
                .contains("am Vorabend");
        String confirmPath = find(CONFIRM_LINK, text);
        String token = confirmPath.substring(confirmPath.indexOf('=') + 1);
        assertThat(jdbc.sql("SELECT confirm_hash FROM wc_reminder WHERE email = ?").param(email).query(String.class)
                .single()).as("only the hash is stored").hasSize(64).isNotEqualTo(token);

        HttpResponse<String> confirmed = new PortalHttp(port).get(confirmPath);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Ihre Anmeldung ist bestätigt").contains("Gotthardstraße");
        assertThat(jdbc.sql("SELECT status FROM wc_reminder WHERE email = ?").param(email).query(String.class).single())
                .isEqualTo("ACTIVE");
        assertThat(new PortalHttp(port).get(confirmPath).statusCode()).as("a confirmation link works once")
                .isEqualTo(404);

        // The job at 17:05 the evening before, twice (as two nodes or a retry would): one mail.
        reminders.sendDue(next.date().minusDays(1).atTime(17, 5));
        reminders.sendDue(next.date().minusDays(1).atTime(18, 0));
        reminders.sendDue(next.date().minusDays(2).atTime(17, 5));
        List<MimeMessage> mails = awaitMail(email, 2);
        Thread.sleep(500);
        assertThat(received(email)).hasSize(2);
        MimeMessage reminder = mails.get(1);
        assertThat(reminder.getSubject()).startsWith("Abfuhr morgen").contains(next.fraction().displayName());
        String reminderText = (String) reminder.getContent();
        assertThat(reminderText).contains("Morgen, ").contains(next.fraction().displayName())
                .contains("bis 6:00 Uhr bereit");
        String unsubscribePath = find(UNSUBSCRIBE_LINK, reminderText);
        assertThat(reminder.getHeader("List-Unsubscribe")[0]).isEqualTo("<http://localhost:" + port + unsubscribePath + ">");
        assertThat(reminder.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wc_reminder_sent s JOIN wc_reminder r ON r.id = s.reminder_id "
                + "WHERE r.email = ?").param(email).query(Integer.class).single()).isEqualTo(1);

        HttpResponse<String> gone = new PortalHttp(port).get(unsubscribePath);
        assertThat(gone.statusCode()).isEqualTo(200);
        assertThat(gone.body()).contains("Sie erhalten keine Erinnerungen mehr");
        assertThat(count(email)).as("deleted at once").isZero();
        assertThat(new PortalHttp(port).get(unsubscribePath).statusCode()).isEqualTo(404);
        reminders.sendDue(next.date().minusDays(1).atTime(17, 5));
        assertThat(received(email)).hasSize(2);
    }

    @Test
    void oneClickPostFromAMailProgramUnsubscribesWithoutSession() throws Exception {
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        Collection next = schedules.schedule("merseburg")
                .collections(address, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 31)).get(0);
        String email = "oneclick." + System.nanoTime() + "@beispiel.de";
        String json = "{\"email\":\"" + email + "\",\"address\":\"" + address + "\",\"fractions\":[\""
                + next.fraction().key() + "\"],\"lead\":\"morning\",\"site\":\"merseburg\"}";
        PortalHttp app = new PortalHttp(port);
        assertThat(app.postJson(REMINDERS, json, null).statusCode()).as("JSON needs the CSRF token too")
                .isEqualTo(403);
        HttpResponse<String> accepted = app.postJson(REMINDERS, json, app.csrfToken());
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).contains("\"status\":\"PENDING\"");
        String text = (String) awaitMail(email, 1).get(0).getContent();
        assertThat(new PortalHttp(port).get(find(CONFIRM_LINK, text)).statusCode()).isEqualTo(200);

        reminders.sendDue(next.date().atTime(5, 0));
        MimeMessage reminder = awaitMail(email, 2).get(1);
        assertThat(reminder.getSubject()).startsWith("Abfuhr heute");
        String unsubscribePath = find(UNSUBSCRIBE_LINK, (String) reminder.getContent());

        PortalHttp mailProgram = new PortalHttp(port);
        HttpResponse<String> oneClick = mailProgram.postForm(unsubscribePath,
                Map.of("List-Unsubscribe", List.of("One-Click")));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("keine Erinnerungen mehr");
        assertThat(count(email)).isZero();
        assertThat(mailProgram.postForm(unsubscribePath, Map.of("List-Unsubscribe", List.of("One-Click")))
                .statusCode()).isEqualTo(404);
        assertThat(mailProgram.postForm(unsubscribePath, Map.of("anders", List.of("x"))).statusCode())
                .as("any other POST still needs the CSRF token").isEqualTo(403);
    }

    @Test
    void badInputIsRejectedWithGermanMessages() {
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        PortalHttp citizen = new PortalHttp(port);
        String csrf = citizen.csrfToken();
        HttpResponse<String> invalidEmail = citizen.postForm(REMINDERS, Map.of("_csrf", List.of(csrf),
                "email", List.of("keine-adresse"), "address", List.of(String.valueOf(address)),
                "fractions", List.of("restabfall"), "lead", List.of("evening"), "site", List.of("merseburg")));
        assertThat(invalidEmail.statusCode()).isEqualTo(400);
        assertThat(invalidEmail.body()).contains("Bitte geben Sie eine gültige E-Mail-Adresse an").contains("role=\"alert\"");

        HttpResponse<String> unknownAddress = citizen.postForm(REMINDERS, Map.of("_csrf", List.of(csrf),
                "email", List.of("a@beispiel.de"), "address", List.of("999999999"),
                "fractions", List.of("restabfall"), "lead", List.of("evening"), "site", List.of("merseburg")));
        assertThat(unknownAddress.statusCode()).isEqualTo(400);
        assertThat(unknownAddress.body()).contains("Diese Adresse ist uns nicht bekannt");

        HttpResponse<String> json = citizen.postJson(REMINDERS, "{\"email\":\"a@beispiel.de\",\"address\":\""
                + address + "\",\"fractions\":[\"sperrmuell\"],\"lead\":\"evening\",\"site\":\"merseburg\"}", csrf);
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("Unbekannte Abfallart „sperrmuell“");

        HttpResponse<String> noLead = citizen.postJson(REMINDERS, "{\"email\":\"a@beispiel.de\",\"address\":\""
                + address + "\",\"fractions\":[\"restabfall\"],\"site\":\"atlantis\"}", csrf);
        assertThat(noLead.statusCode()).isEqualTo(400);
        assertThat(noLead.body()).contains("wann Sie erinnert werden möchten");

        assertThat(new PortalHttp(port).get(REMINDERS + "/confirm?token=abc").statusCode()).isEqualTo(404);
        assertThat(count("a@beispiel.de")).isZero();
        assertThat(received("a@beispiel.de")).isEmpty();
    }

    @Test
    void unconfirmedSubscriptionsAreDeletedAfterSevenDays() throws Exception {
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        String email = "vergessen." + System.nanoTime() + "@beispiel.de";
        reminders.subscribe(new Reminders.Request(email, String.valueOf(address), List.of("papier"), "evening",
                "merseburg"));
        String confirmPath = find(CONFIRM_LINK, (String) awaitMail(email, 1).get(0).getContent());
        reminders.purge();
        assertThat(count(email)).isEqualTo(1);
        jdbc.sql("UPDATE wc_reminder SET created_at = ? WHERE email = ?")
                .params(Timestamp.from(Instant.now().minus(7, ChronoUnit.DAYS).minusSeconds(60)), email).update();
        assertThat(new PortalHttp(port).get(confirmPath).statusCode()).as("expired").isEqualTo(404);
        reminders.purge();
        assertThat(count(email)).isZero();
    }

    private int count(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM wc_reminder WHERE email = ?").param(email).query(Integer.class).single();
    }

    private static Map<String, List<String>> withCsrf(Map<String, List<String>> form, String token) {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>(form);
        copy.put("_csrf", List.of(token));
        return copy;
    }

    private static List<MimeMessage> received(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> awaitMail(String email, int count) throws InterruptedException {
        for (int i = 0; i < 100 && received(email).size() < count; i++) {
            Thread.sleep(100);
        }
        List<MimeMessage> mails = received(email);
        assertThat(mails).as("mails to " + email).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in\n" + text).isTrue();
        return m.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
