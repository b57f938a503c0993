package de.serviceportal.wastecalendar.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.plugin.WasteCalendarSettings;
import de.serviceportal.wastecalendar.schedule.Collection;

/**
 * E-mail reminders with double opt-in: {@link #subscribe} stores a pending subscription and mails a confirmation
 * link, {@link #confirm} activates it, {@link #sendDue} mails the reminders (once per subscription and date),
 * {@link #unsubscribe} deletes it at once, {@link #purge} deletes what was not confirmed within 7 days.
 */
public final class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    static final Duration CONFIRM_WITHIN = Duration.ofDays(7);
    /** Against mail bombing through our form: more pending requests per address and day are silently dropped. */
    static final int MAX_PENDING_PER_DAY = 3;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern SITE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** What a citizen asks for (form or JSON); unchecked. */
    public record Request(String email, String address, List<String> fractions, String lead, String site) {
    }

    /** Outcome of a confirmation: what is now active, and a link to cancel it. */
    public record Confirmed(String addressLabel, List<Fraction> fractions, LeadTime leadTime, String unsubscribeLink) {
    }

    private final ReminderStore store;
    private final WasteCalendarRepository repository;
    private final Schedules schedules;
    private final WasteCalendarSettings settings;
    private final MailOutbox outbox;
    private final ReminderLinks links;
    private final Clock clock;

    Reminders(ReminderStore store, WasteCalendarRepository repository, Schedules schedules,
            WasteCalendarSettings settings, MailOutbox outbox, ReminderLinks links, Clock clock) {
        this.store = store;
        this.repository = repository;
        this.schedules = schedules;
        this.settings = settings;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Checks the request and mails the confirmation link. The answer is the same whether or not the address is
     * already subscribed, so the form reveals nothing about other people's subscriptions.
     *
     * @throws IllegalArgumentException with a German message for the citizen (→ 400)
     */
    public void subscribe(Request request) {
        String email = request.email() == null ? "" : request.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException(
                    "Bitte geben Sie eine gültige E-Mail-Adresse an (zum Beispiel name@beispiel.de).");
        }
        Address address = address(request.address());
        List<Fraction> fractions = fractions(request.fractions());
        LeadTime lead = LeadTime.parse(request.lead()).orElseThrow(() -> new IllegalArgumentException(
                "Bitte wählen Sie, wann Sie erinnert werden möchten: am Vorabend oder am Morgen des Abfuhrtags."));
        String site = site(request.site());

        Instant now = clock.instant();
        if (store.countPendingSince(email, now.minus(Duration.ofDays(1))) >= MAX_PENDING_PER_DAY) {
            LOG.info("Reminder request dropped: too many unconfirmed requests for one e-mail address today");
            return;
        }
        String confirmToken = Tokens.random();
        store.insertPending(email, address.id(), fractions, lead, site, Tokens.hash(confirmToken),
                Tokens.hash(Tokens.random()), now);
        outbox.send(ReminderMails.confirmation(email, address.label(), fractions, lead, links.confirm(confirmToken)));
    }

    /** Activates the pending subscription of this confirmation token; empty if unknown, used or expired. */
    public Optional<Confirmed> confirm(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Subscription> pending = store.findPendingByConfirmHash(Tokens.hash(token), now.minus(CONFIRM_WITHIN));
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Subscription s = pending.get();
        String unsubscribeToken = Tokens.random();
        store.activate(s, Tokens.hash(unsubscribeToken), now);
        String label = repository.address(s.addressId()).map(Address::label).orElse("");
        return Optional.of(new Confirmed(label, s.fractions(), s.leadTime(), links.unsubscribe(unsubscribeToken)));
    }

    /** Deletes the subscription of this unsubscribe token at once; false if there is none (any more). */
    public boolean unsubscribe(String token) {
        return Tokens.plausible(token) && store.deleteByUnsubscribeHash(Tokens.hash(token));
    }

    /**
     * Sends the reminders due at {@code now} (the portal's local time): for each lead time whose window contains
     * {@code now}, every active subscription with a collection of its fractions on the date in question gets one
     * mail — exactly once per subscription and date, however often this runs, on however many nodes.
     *
     * @return the number of mails sent
     */
    public int sendDue(LocalDateTime now) {
        int sent = 0;
        for (LeadTime lead : LeadTime.values()) {
            Optional<LocalDate> date = lead.collectionDateAt(now);
            if (date.isEmpty()) {
                continue;
            }
            for (Subscription s : store.active(lead)) {
                try {
                    if (remind(s, date.get())) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // One broken subscription (e.g. its site was removed) must not stop the others.
                    LOG.warn("Reminder {} for {} not sent: {}", s.id(), date.get(), e.toString());
                }
            }
        }
        return sent;
    }

    /** The job's entry point: the clock's current local time. */
    void sendDue() {
        int sent = sendDue(LocalDateTime.now(clock));
        if (sent > 0) {
            LOG.info("{} waste-collection reminders sent", sent);
        }
    }

    private boolean remind(Subscription s, LocalDate date) {
        Set<Fraction> wanted = Set.copyOf(s.fractions());
        List<Collection> due = schedules.schedule(s.site()).collections(s.addressId(), date, date).stream()
                .filter(c -> wanted.contains(c.fraction())).toList();
        if (due.isEmpty()) {
            return false;
        }
        String unsubscribeToken = Tokens.random();
        if (!store.claim(s.id(), date, Tokens.hash(unsubscribeToken), clock.instant())) {
            return false;
        }
        String label = repository.address(s.addressId()).map(Address::label).orElse("");
        try {
            outbox.send(ReminderMails.reminder(s.email(), label, date, s.leadTime(), due,
                    links.unsubscribe(unsubscribeToken)));
            return true;
        } catch (RuntimeException e) {
            store.release(s.id(), date);
            throw e;
        }
    }

    /** Deletes subscriptions not confirmed within 7 days. */
    public int purge() {
        return store.deletePendingCreatedBefore(clock.instant().minus(CONFIRM_WITHIN));
    }

    private Address address(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Bitte wählen Sie zuerst Ihre Adresse aus.");
        }
        Optional<Address> address = Optional.empty();
        try {
            address = repository.address(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            // same message as an unknown id
        }
        return address.orElseThrow(() -> new IllegalArgumentException(
                "Diese Adresse ist uns nicht bekannt. Bitte wählen Sie Ihre Adresse erneut aus."));
    }

    private static List<Fraction> fractions(List<String> values) {
        Set<Fraction> fractions = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                fractions.add(Fraction.parse(part).orElseThrow(() -> new IllegalArgumentException(
                        "Unbekannte Abfallart „" + abbreviate(part.strip()) + "“.")));
            }
        }
        if (fractions.isEmpty()) {
            throw new IllegalArgumentException("Bitte wählen Sie mindestens eine Abfallart aus.");
        }
        List<Fraction> sorted = new ArrayList<>(fractions);
        sorted.sort(null);
        return sorted;
    }

    private String site(String site) {
        if (site == null || !SITE.matcher(site).matches()) {
            throw new IllegalArgumentException("Unbekannte Website.");
        }
        boolean offered;
        try {
            offered = settings.remindersOffered(site);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unbekannte Website „" + site + "“.");
        }
        if (!offered) {
            throw new IllegalArgumentException("Auf dieser Website werden keine Erinnerungen per E-Mail angeboten.");
        }
        return site;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
