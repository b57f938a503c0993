package de.serviceportal.wastecalendar.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.schedule.Collection;

/** The German mail texts (plain text). */
final class ReminderMails {

    static final String CONFIRM_SUBJECT = "Bitte bestätigen Sie Ihre Erinnerung an die Abfuhrtermine";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EE dd.MM.", Locale.GERMAN);
    private static final String SIGNATURE = "\n-- \nIhr Serviceportal – Abfallkalender\n"
            + "Diese E-Mail wurde automatisch erstellt. Antworten auf diese E-Mail werden nicht gelesen.\n";

    private ReminderMails() {
    }

    static Mail confirmation(String to, String addressLabel, List<Fraction> fractions, LeadTime lead,
            String confirmLink) {
        String text = "Guten Tag,\n\n"
                + "Sie möchten per E-Mail an die Abfuhrtermine erinnert werden:\n\n"
                + "Adresse:     " + addressLabel + "\n"
                + "Abfallarten: " + fractions.stream().map(Fraction::displayName).collect(Collectors.joining(", ")) + "\n"
                + "Zeitpunkt:   " + lead.label() + "\n\n"
                + "Bitte bestätigen Sie Ihre Anmeldung mit einem Klick auf diesen Link:\n\n"
                + confirmLink + "\n\n"
                + "Der Link ist 7 Tage gültig. Wenn Sie sich nicht angemeldet haben, beachten Sie diese E-Mail bitte "
                + "nicht: Ohne Bestätigung erhalten Sie keine Erinnerungen, und wir löschen Ihre Angaben nach "
                + "7 Tagen.\n" + SIGNATURE;
        return new Mail(to, CONFIRM_SUBJECT, text, Map.of());
    }

    static Mail reminder(String to, String addressLabel, LocalDate date, LeadTime lead, List<Collection> collections,
            String unsubscribeLink) {
        String when = lead == LeadTime.EVENING ? "Morgen" : "Heute";
        String fractions = collections.stream().map(c -> c.fraction().displayName()).distinct()
                .collect(Collectors.joining(", "));
        String subject = "Abfuhr " + when.toLowerCase(Locale.GERMAN) + " (" + SHORT_DATE.format(date) + "): " + fractions;
        StringBuilder text = new StringBuilder("Guten Tag,\n\n")
                .append(when).append(", ").append(LONG_DATE.format(date)).append(", ist Abfuhr an Ihrer Adresse\n")
                .append(addressLabel).append(":\n\n");
        for (Collection c : collections) {
            text.append("- ").append(c.fraction().displayName());
            if (c.details() != null && !c.details().isBlank()) {
                text.append(": ").append(c.details());
            }
            if (c.note() != null && !c.note().isBlank()) {
                text.append(" (").append(c.note()).append(')');
            }
            text.append('\n');
        }
        text.append("\nBitte stellen Sie die Behälter bis 6:00 Uhr bereit.\n\n")
                .append("Sie möchten keine Erinnerungen mehr erhalten? Mit einem Klick abbestellen:\n")
                .append(unsubscribeLink).append('\n').append(SIGNATURE);
        Map<String, String> headers = new LinkedHashMap<>();
        // RFC 2369 + RFC 8058: mail programs offer "abbestellen" and POST "List-Unsubscribe=One-Click" to the link.
        headers.put("List-Unsubscribe", "<" + unsubscribeLink + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Auto-Submitted", "auto-generated");
        return new Mail(to, subject, text.toString(), headers);
    }
}
