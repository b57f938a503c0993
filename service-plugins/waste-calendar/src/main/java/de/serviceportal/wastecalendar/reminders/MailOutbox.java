package de.serviceportal.wastecalendar.reminders;

/**
 * Where the plugin's mails go. Without {@code spring.mail.host} the portal keeps them in the embedded outbox
 * ({@link EmbeddedOutbox}, readable on a staff screen); with it they are sent by SMTP ({@link SmtpOutbox}).
 */
public interface MailOutbox {

    /** Hands the mail over; throws if it could not be handed over (the caller may retry later). */
    void send(Mail mail);
}
