package de.serviceportal.wastecalendar.reminders;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import de.serviceportal.plugin.ClusterJob;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.plugin.WasteCalendarSettings;

/**
 * The reminder beans. Properties: {@code portal.waste-calendar.public-url} (base of the links in mails, e.g.
 * {@code https://serviceportal.saalekreis.de}), {@code portal.waste-calendar.mail-from},
 * {@code portal.waste-calendar.time-zone} (default Europe/Berlin); SMTP with Spring Boot's {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@Import(RemindersController.class)
public class ReminderConfiguration {

    /** Spring Security's filter runs at -100; the one-click filter must see its POST first. */
    static final int ONE_CLICK_FILTER_ORDER = -110;

    @Bean
    EmbeddedOutbox wasteCalendarEmbeddedOutbox(JdbcClient jdbc) {
        return new EmbeddedOutbox(jdbc, Clock.systemUTC());
    }

    /**
     * SMTP when Spring Boot configured a mail sender ({@code spring.mail.host} set), else the embedded outbox.
     * Primary: the embedded outbox is a MailOutbox bean too (the staff screen reads it either way).
     */
    @Bean
    @Primary
    MailOutbox wasteCalendarMailOutbox(ObjectProvider<JavaMailSender> smtp, EmbeddedOutbox embedded,
            @Value("${portal.waste-calendar.mail-from:abfallkalender@serviceportal.saalekreis.example}") String from) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null ? embedded : new SmtpOutbox(sender, from);
    }

    @Bean
    Reminders wasteCalendarReminders(JdbcClient jdbc, WasteCalendarRepository repository, Schedules schedules,
            WasteCalendarSettings settings, MailOutbox outbox, Environment environment,
            @Value("${portal.waste-calendar.time-zone:Europe/Berlin}") String zone) {
        // Not a Clock bean: that could clash with the portal's or another plugin's.
        Clock clock = Clock.system(ZoneId.of(zone));
        // Read at use: in tests the server's random port is known only after start.
        ReminderLinks links = new ReminderLinks(() -> environment.getProperty("portal.waste-calendar.public-url",
                "http://localhost:" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8080"))));
        return new Reminders(new ReminderStore(jdbc), repository, schedules, settings, outbox, links, clock);
    }

    @Bean
    FilterRegistrationBean<OneClickUnsubscribeFilter> wasteCalendarOneClickUnsubscribe(Reminders reminders) {
        FilterRegistrationBean<OneClickUnsubscribeFilter> registration =
                new FilterRegistrationBean<>(new OneClickUnsubscribeFilter(reminders));
        registration.addUrlPatterns(OneClickUnsubscribeFilter.PATH);
        registration.setOrder(ONE_CLICK_FILTER_ORDER);
        return registration;
    }

    /**
     * Hourly, on one node: forget unconfirmed subscriptions (7 days) and old outbox mails (30 days), then send the
     * reminders whose window has come (see {@link LeadTime}); sending is idempotent per subscription and date.
     */
    @Bean
    ClusterJob wasteCalendarReminderJob(Reminders reminders, EmbeddedOutbox outbox) {
        return ClusterJob.cron(WasteCalendarAutoConfiguration.ID + ".reminders", "0 0 * * * *", () -> {
            reminders.purge();
            outbox.deleteOlderThan(EmbeddedOutbox.KEEP);
            reminders.sendDue();
        });
    }
}
