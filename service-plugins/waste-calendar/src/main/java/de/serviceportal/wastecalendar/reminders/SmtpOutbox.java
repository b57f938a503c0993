package de.serviceportal.wastecalendar.reminders;

import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends mails by SMTP through the JavaMailSender Spring Boot configures from {@code spring.mail.*}. */
final class SmtpOutbox implements MailOutbox {

    private final JavaMailSender sender;
    private final String from;

    SmtpOutbox(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (Map.Entry<String, String> header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
        } catch (MessagingException e) {
            throw new MailSendException("Cannot build the mail to " + mail.to(), e);
        }
        sender.send(message);
    }
}
