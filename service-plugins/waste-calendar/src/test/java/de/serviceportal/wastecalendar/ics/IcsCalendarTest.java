package de.serviceportal.wastecalendar.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.schedule.CollectionSchedule;
import de.serviceportal.wastecalendar.schedule.HolidayShiftPolicy;
import de.serviceportal.wastecalendar.testing.SampleDatabase;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsCalendarTest {

    static SampleDatabase db;
    static CollectionSchedule schedule;
    static IcsCalendar ics;
    static long address;

    @BeforeAll
    static void setUp() {
        db = SampleDatabase.create();
        schedule = new CollectionSchedule(db.repository(), HolidayShiftPolicy.NEXT_DAY);
        ics = new IcsCalendar(schedule, "serviceportal.example");
        address = db.addressId("merseburg-merseburg-gotthardstrasse-1-49-u");
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer c, String name) {
        return c.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void parses_back_with_ical4j_field_by_field() throws Exception {
        IcsDocument doc = ics.generate(address, 2026, IcsOptions.all()).orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(doc.text()));
        calendar.validate();

        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        assertThat(value(calendar, "PRODID")).isEqualTo(IcsCalendar.PRODID);
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Abfallkalender 2026: Gotthardstraße 1–49 (ungerade), Merseburg");

        List<Collection> expected = schedule.year(address, 2026);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(expected.size());
        for (int i = 0; i < events.size(); i++) {
            VEvent e = events.get(i);
            Collection c = expected.get(i);
            String day = c.date().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(value(e, "DTSTART")).isEqualTo(day);
            assertThat(e.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
            assertThat(value(e, "DTEND")).isEqualTo(c.date().plusDays(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            assertThat(e.getProperty("DTEND").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
            assertThat(value(e, "SUMMARY")).isEqualTo(c.fraction().displayName());
            assertThat(value(e, "UID")).isEqualTo(c.plannedDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + "-" + c.fraction().key() + "-merseburg-merseburg-gotthardstrasse-1-49-u@serviceportal.example");
            assertThat(value(e, "DTSTAMP")).isEqualTo("20251120T091500Z");
            assertThat(e.getComponents("VALARM")).isEmpty();
        }
        assertThat(events.stream().map(e -> value(e, "UID")).distinct()).hasSize(events.size());
    }

    @Test
    void shifted_dates_carry_the_note_and_specials_their_place() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                ics.generate(address, 2026, IcsOptions.all()).orElseThrow().text()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent moved = events.stream().filter(e -> value(e, "UID").startsWith("20260407-restabfall-")).findFirst().orElseThrow();
        assertThat(value(moved, "DTSTART")).isEqualTo("20260411");
        assertThat(value(moved, "DESCRIPTION")).isEqualTo("Sonderabfuhr am Samstag nach Ostern.\nBitte bis 6:00 Uhr bereitstellen.");

        // PA-1 runs every 4 weeks from Wednesday 7.1.: 27.5. follows Pfingstmontag and moves; 24.6. stays
        VEvent pentecost = events.stream().filter(e -> value(e, "UID").startsWith("20260527-papier-")).findFirst().orElseThrow();
        assertThat(value(pentecost, "SUMMARY")).isEqualTo("Blaue Tonne");
        assertThat(value(pentecost, "DTSTART")).isEqualTo("20260528");
        assertThat(value(pentecost, "DESCRIPTION")).isEqualTo("wegen Pfingstmontag verschoben vom 27.5.\nBitte bis 6:00 Uhr bereitstellen.");
        VEvent june = events.stream().filter(e -> value(e, "UID").startsWith("20260624-papier-")).findFirst().orElseThrow();
        assertThat(value(june, "DTSTART")).isEqualTo("20260624");
        assertThat(value(june, "DESCRIPTION")).isEqualTo("Bitte bis 6:00 Uhr bereitstellen.");

        VEvent mobil = events.stream().filter(e -> "Schadstoffmobil".equals(value(e, "SUMMARY"))).findFirst().orElseThrow();
        assertThat(value(mobil, "LOCATION")).isEqualTo("Parkplatz am Gotthardteich, 09:00–10:30 Uhr");
        assertThat(value(mobil, "DESCRIPTION")).isEqualTo("Parkplatz am Gotthardteich, 09:00–10:30 Uhr");
    }

    @Test
    void regeneration_gives_identical_bytes_and_etag() {
        IcsDocument first = ics.generate(address, 2026, IcsOptions.withAlarm(6)).orElseThrow();
        IcsDocument second = new IcsCalendar(new CollectionSchedule(db.repository(), HolidayShiftPolicy.NEXT_DAY),
                "serviceportal.example").generate(address, 2026, IcsOptions.withAlarm(6)).orElseThrow();

        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(second.etag()).isEqualTo(first.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(first.lastModified()).isEqualTo(SampleDatabase.CHANGED_AT);
        assertThat(first.text()).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(ics.generate(address, 2026, IcsOptions.withAlarm(18)).orElseThrow().etag()).isNotEqualTo(first.etag());
    }

    @Test
    void alarm_with_the_chosen_lead_time() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                ics.generate(address, 2026, IcsOptions.withAlarm(18)).orElseThrow().text()));
        VEvent first = (VEvent) calendar.getComponents("VEVENT").get(0);
        List<VAlarm> alarms = first.getComponents("VALARM");
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(value(a, "ACTION")).isEqualTo("DISPLAY");
            assertThat(value(a, "TRIGGER")).isEqualTo("-PT18H");
            assertThat(value(a, "DESCRIPTION")).isEqualTo("Morgen: " + value(first, "SUMMARY"));
        });
        assertThatThrownBy(() -> IcsOptions.withAlarm(0)).hasMessageContaining("zwischen 1 und 72 Stunden");
    }

    @Test
    void fraction_filter_unknown_address_and_bad_year() {
        IcsDocument onlyPaper = ics.generate(address, 2026, new IcsOptions(EnumSet.of(Fraction.PAPIER), null)).orElseThrow();
        assertThat(onlyPaper.text()).contains("SUMMARY:Blaue Tonne").doesNotContain("SUMMARY:Restabfall");
        assertThat(ics.generate(999_999, 2026, IcsOptions.all())).isEmpty();
        assertThatThrownBy(() -> ics.generate(address, 1900, IcsOptions.all()))
                .hasMessage("Das Jahr muss zwischen 2000 und 2100 liegen.");
    }

    /**
     * Second, independent parser: Debian's python3-icalendar (apt package {@code python3-icalendar}). Compares event
     * count, UIDs, dates and summaries with what we meant to write.
     */
    @Test
    void python_icalendar_reads_the_same_events(@TempDir Path dir) throws Exception {
        String python = pythonWithIcalendar();
        // CI installs the package (.ci/run), so there the check must run, never be skipped
        assertThat(python != null || System.getenv("CI") == null)
                .as("python3-icalendar missing on CI").isTrue();
        assumeTrue(python != null, "python3-icalendar is not installed (apt-get install -y python3-icalendar); "
                + "second-parser check skipped");
        IcsDocument doc = ics.generate(address, 2026, IcsOptions.withAlarm(6)).orElseThrow();
        Path file = dir.resolve("kalender.ics");
        Files.writeString(file, doc.text(), StandardCharsets.UTF_8);
        String script = """
                import sys, icalendar
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                assert str(cal['VERSION']) == '2.0' and str(cal['METHOD']) == 'PUBLISH', 'header'
                for e in cal.walk('VEVENT'):
                    s, t = e['DTSTART'].dt, e['DTEND'].dt
                    alarms = [str(a['TRIGGER'].dt) for a in e.walk('VALARM')]
                    print('|'.join([str(e['UID']), s.isoformat(), t.isoformat(), str(e['SUMMARY']), type(s).__name__, ','.join(alarms)]))
                """;
        Process p = new ProcessBuilder(python, "-c", script, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        List<String> expected = schedule.year(address, 2026).stream()
                .map(c -> ics.uid(c, db.repository().address(address).orElseThrow()) + "|" + c.date() + "|"
                        + c.date().plusDays(1) + "|" + c.fraction().displayName() + "|date|-1 day, 18:00:00")
                .toList();
        assertThat(out.lines().toList()).containsExactlyElementsOf(expected);
    }

    /**
     * The Debian package installs for the system interpreter, which is not always the first python3 on the PATH
     * (pyenv, venvs); {@code -Dwastecalendar.python=...} overrides.
     */
    private static String pythonWithIcalendar() {
        for (String candidate : List.of(System.getProperty("wastecalendar.python", "/usr/bin/python3"), "/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import icalendar").redirectErrorStream(true).start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (Exception e) {
                // not there; try the next one
            }
        }
        return null;
    }
}
