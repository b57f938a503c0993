package de.serviceportal.wastecalendar.web.citizen;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.serviceportal.plugin.ComponentModel;
import de.serviceportal.plugin.ComponentRequest;
import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.plugin.WasteCalendarAutoConfiguration;
import de.serviceportal.wastecalendar.plugin.WasteCalendarSettings;
import de.serviceportal.wastecalendar.schedule.Collection;
import de.serviceportal.wastecalendar.search.AddressMatch;
import de.serviceportal.wastecalendar.search.AddressSearch;
import de.serviceportal.wastecalendar.search.AddressSearchResult;
import de.serviceportal.wastecalendar.web.citizen.AddressDirectory.Choice;
import de.serviceportal.wastecalendar.web.citizen.AddressDirectory.Section;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.AddressView;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Day;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Download;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.FractionView;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Link;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Links;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.MonthList;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Option;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Search;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Selection;
import de.serviceportal.wastecalendar.web.citizen.CalendarView.Upcoming;

/**
 * The model of the component "Abfallkalender": reads the component state from query parameters ({@code address},
 * {@code q}, {@code municipality}, {@code ortsteil}, {@code street}, {@code number}, {@code view}, {@code month},
 * {@code fractions}, {@code print}) and the editor's settings ({@code defaultMunicipality}, {@code fractions},
 * {@code remindersOffered}). Every parameter is untrusted: bad values are ignored or answered with a German message.
 */
final class CalendarComponentModel implements ComponentModel {

    static final String TEMPLATE = WasteCalendarAutoConfiguration.ID + ":components/calendar";
    static final String REST = "/.rest/" + WasteCalendarAutoConfiguration.ID + "/v1";
    static final int NEXT_PER_FRACTION = 3;
    static final int SEARCH_LIMIT = 20;

    private final AddressDirectory directory;
    private final AddressSearch search;
    private final Schedules schedules;
    private final WasteCalendarRepository repository;
    private final WasteCalendarSettings settings;
    private final Clock clock;

    CalendarComponentModel(AddressDirectory directory, AddressSearch search, Schedules schedules,
            WasteCalendarRepository repository, WasteCalendarSettings settings, Clock clock) {
        this.directory = directory;
        this.search = search;
        this.schedules = schedules;
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String templateId() {
        return TEMPLATE;
    }

    @Override
    public Object create(ComponentRequest request) {
        return new Rendering(request).build();
    }

    /** One rendering: the parsed request and the pieces computed from it. */
    private final class Rendering {
        private final ComponentRequest request;
        private final String site;
        private final LocalDate today;
        private final List<Fraction> available;
        private final Set<Fraction> chosen;
        private final boolean filtered;
        private final String view;
        private final YearMonth month;
        private final List<Integer> planYears;
        private String error;

        Rendering(ComponentRequest request) {
            this.request = request;
            this.site = request.site();
            this.today = LocalDate.now(clock);
            this.available = availableFractions(request.properties().get("fractions"));
            Set<Fraction> requested = requestedFractions(request.parameters().get("fractions"));
            requested.retainAll(available);
            this.filtered = !requested.isEmpty() && requested.size() < available.size();
            this.chosen = requested.isEmpty() ? new LinkedHashSet<>(available) : requested;
            this.view = "month".equals(request.parameter("view")) ? "month" : "list";
            this.planYears = repository.planYears();
            this.month = month(request.parameter("month"));
        }

        CalendarView build() {
            SelectionState state = select();
            Search searchView = search(request.parameter("q"));
            List<FractionView> fractionViews = available.stream().map(f -> fractionView(f, chosen.contains(f))).toList();
            boolean reminders = settings.remindersOffered(site) && !Boolean.FALSE.equals(bool(request.properties()
                    .get("remindersOffered")));
            if (state.address == null) {
                return new CalendarView(site, state.step, state.selection, searchView, error, null, fractionViews,
                        filtered, List.of(), view, false, null, List.of(), null, List.of(), reminders);
            }
            Address address = state.address;
            boolean print = "1".equals(request.parameter("print"));
            return new CalendarView(site, "done", state.selection, searchView, error,
                    new AddressView(address.id(), address.label()), fractionViews, filtered, upcoming(address.id()),
                    view, print, "month".equals(view) ? MonthGrid.build(month, collections(address.id(), month.atDay(1),
                            month.atEndOfMonth()), today, this::fractionView, monthLink(address, month.minusMonths(1)),
                            monthLink(address, month.plusMonths(1))) : null,
                    "list".equals(view) ? list(address.id()) : List.of(), links(address), downloads(address.id()),
                    reminders);
        }

        // ---- address selection ---------------------------------------------------------------------------

        private record SelectionState(String step, Selection selection, Address address) {
        }

        private SelectionState select() {
            Long addressId = number(request.parameter("address"));
            if (addressId != null) {
                Optional<Address> address = repository.address(addressId);
                Optional<AddressDirectory.Path> path = directory.path(addressId);
                if (address.isPresent() && path.isPresent()) {
                    AddressDirectory.Path p = path.get();
                    return new SelectionState("done", selection(p.municipality(), p.ortsteil(), p.street(), List.of(),
                            null), address.get());
                }
                error = "Diese Adresse ist nicht (mehr) verzeichnet. Bitte wählen Sie Ihre Adresse neu aus.";
            }
            List<Choice> municipalities = directory.municipalities();
            Long municipality = chosen(number(request.parameter("municipality")), municipalities);
            if (municipality == null && request.parameter("municipality") == null) {
                Object preset = request.properties().get("defaultMunicipality");
                if (preset != null && !preset.toString().isBlank()) {
                    municipality = directory.municipalityByName(preset.toString()).orElse(null);
                }
            }
            if (municipality == null && municipalities.size() == 1) {
                municipality = municipalities.get(0).id();
            }
            if (municipality == null) {
                return new SelectionState("municipality", selection(null, null, null, List.of(), null), null);
            }
            List<Choice> ortsteile = directory.ortsteile(municipality);
            Long ortsteil = chosen(number(request.parameter("ortsteil")), ortsteile);
            if (ortsteil == null && ortsteile.size() == 1) {
                ortsteil = ortsteile.get(0).id();
            }
            if (ortsteil == null) {
                return new SelectionState("ortsteil", selection(municipality, null, null, List.of(), null), null);
            }
            Long street = chosen(number(request.parameter("street")), directory.streets(ortsteil));
            if (street == null) {
                return new SelectionState("street", selection(municipality, ortsteil, null, List.of(), null), null);
            }
            List<Section> sections = directory.sections(street);
            String numberText = request.parameter("number");
            Section section = sections.size() == 1 ? sections.get(0) : section(sections, numberText);
            if (section != null) {
                Address address = repository.address(section.addressId()).orElseThrow();
                return new SelectionState("done", selection(municipality, ortsteil, street, List.of(), null), address);
            }
            List<Link> ranges = sections.stream()
                    .map(s -> new Link(query(Map.of("address", List.of(Long.toString(s.addressId())))), s.label()))
                    .toList();
            return new SelectionState("number", selection(municipality, ortsteil, street, ranges,
                    numberText == null ? null : numberText.strip()), null);
        }

        /** The range containing the entered house number ("12", "12a", "12 b"), else null with a message. */
        private Section section(List<Section> sections, String numberText) {
            if (numberText == null || numberText.isBlank()) {
                return null;
            }
            String digits = numberText.strip().replaceAll("^(\\d{1,5}).*$", "$1");
            if (!digits.matches("\\d{1,5}")) {
                error = "Bitte geben Sie die Hausnummer als Zahl ein, zum Beispiel 12 oder 12a.";
                return null;
            }
            int n = Integer.parseInt(digits);
            for (Section s : sections) {
                if (s.range().contains(n)) {
                    return s;
                }
            }
            error = "Die Hausnummer " + n + " ist für diese Straße nicht verzeichnet. Bitte wählen Sie einen der "
                    + "Abschnitte.";
            return null;
        }

        private Selection selection(Long municipality, Long ortsteil, Long street, List<Link> sections,
                String number) {
            List<Choice> municipalities = directory.municipalities();
            List<Choice> ortsteile = municipality == null ? List.of() : directory.ortsteile(municipality);
            List<Choice> streets = ortsteil == null ? List.of() : directory.streets(ortsteil);
            return new Selection(options(municipalities, municipality), municipality, name(municipalities, municipality),
                    options(ortsteile, ortsteil), ortsteil, name(ortsteile, ortsteil),
                    options(streets, street), street, name(streets, street), sections, number);
        }

        private Search search(String q) {
            if (q == null || q.isBlank()) {
                return new Search(q == null ? "" : q, List.of(), List.of(), null);
            }
            String query = q.length() > 100 ? q.substring(0, 100) : q;
            AddressSearchResult result = search.search(query, SEARCH_LIMIT);
            return new Search(query, addressLinks(result.matches()), addressLinks(result.suggestions()),
                    result.message());
        }

        private List<Link> addressLinks(List<AddressMatch> matches) {
            return matches.stream()
                    .map(m -> new Link(query(Map.of("address", List.of(Long.toString(m.id())))), m.label())).toList();
        }

        // ---- collections -----------------------------------------------------------------------------------

        private List<Collection> collections(long addressId, LocalDate from, LocalDate to) {
            return schedules.schedule(site).collections(addressId, from, to).stream()
                    .filter(c -> chosen.contains(c.fraction())).toList();
        }

        private List<Upcoming> upcoming(long addressId) {
            Map<Fraction, List<Day>> next = new EnumMap<>(Fraction.class);
            for (Collection c : collections(addressId, today, today.plusYears(1))) {
                List<Day> days = next.computeIfAbsent(c.fraction(), f -> new ArrayList<>());
                if (days.size() < NEXT_PER_FRACTION) {
                    days.add(day(c));
                }
            }
            return next.entrySet().stream().map(e -> new Upcoming(fractionView(e.getKey(), true), e.getValue()))
                    .toList();
        }

        /** Twelve months from the shown month, grouped by month; months without collections are left out. */
        private List<MonthList> list(long addressId) {
            Map<YearMonth, List<Day>> byMonth = new LinkedHashMap<>();
            for (Collection c : collections(addressId, month.atDay(1), month.plusMonths(11).atEndOfMonth())) {
                byMonth.computeIfAbsent(YearMonth.from(c.date()), m -> new ArrayList<>()).add(day(c));
            }
            return byMonth.entrySet().stream()
                    .map(e -> new MonthList(GermanDates.month(e.getKey()), e.getValue())).toList();
        }

        private Day day(Collection c) {
            return new Day(c.date().toString(), GermanDates.day(c.date()), fractionView(c.fraction(), true), c.note(),
                    c.details());
        }

        private FractionView fractionView(Fraction f) {
            return fractionView(f, true);
        }

        private FractionView fractionView(Fraction f, boolean checked) {
            return new FractionView(f.key(), f.displayName(), f.colour(), f.textColour(), f.icon(), checked);
        }

        // ---- links ----------------------------------------------------------------------------------------

        private Links links(Address address) {
            return new Links(state(address, "list", month, false), state(address, "month", month, false),
                    state(address, view, month, true), state(address, view, month, false), "?");
        }

        private String monthLink(Address address, YearMonth target) {
            if (planYears.isEmpty() || target.getYear() < planYears.get(0)
                    || target.getYear() > planYears.get(planYears.size() - 1)) {
                return null;
            }
            return state(address, "month", target, false);
        }

        private String state(Address address, String v, YearMonth m, boolean print) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            params.put("address", List.of(Long.toString(address.id())));
            if (filtered) {
                params.put("fractions", List.of(fractionKeys()));
            }
            params.put("view", List.of(v));
            params.put("month", List.of(m.toString()));
            if (print) {
                params.put("print", List.of("1"));
            }
            return query(params);
        }

        private String fractionKeys() {
            return chosen.stream().map(Fraction::key).collect(Collectors.joining(","));
        }

        private List<Download> downloads(long addressId) {
            List<Integer> years = planYears.stream().filter(y -> y >= today.getYear()).toList();
            if (years.isEmpty()) {
                years = planYears;
            }
            String filter = filtered ? "&fractions=" + encode(fractionKeys()) : "";
            String siteParam = "?site=" + encode(site);
            return years.stream().map(y -> new Download(y,
                    REST + "/addresses/" + addressId + "/calendar-" + y + ".ics" + siteParam + filter,
                    REST + "/addresses/" + addressId + "/calendar-" + y + ".pdf" + siteParam + filter)).toList();
        }

        private YearMonth month(String value) {
            YearMonth fallback = YearMonth.from(today);
            if (value == null) {
                return fallback;
            }
            try {
                YearMonth m = YearMonth.parse(value.strip());
                if (!planYears.isEmpty() && (m.getYear() < planYears.get(0) - 1
                        || m.getYear() > planYears.get(planYears.size() - 1) + 1)) {
                    error = "Für " + GermanDates.month(m) + " liegt kein Abfuhrplan vor.";
                    return fallback;
                }
                return m;
            } catch (DateTimeParseException e) {
                return fallback;
            }
        }
    }

    // ---- parsing helpers (untrusted input) ----------------------------------------------------------------

    static List<Fraction> availableFractions(Object property) {
        List<String> keys = new ArrayList<>();
        if (property instanceof List<?> list) {
            list.forEach(v -> keys.add(String.valueOf(v)));
        } else if (property != null) {
            keys.addAll(Arrays.asList(property.toString().split(",")));
        }
        List<Fraction> fractions = keys.stream().map(String::strip).map(Fraction::parse).flatMap(Optional::stream)
                .distinct().sorted().toList();
        return fractions.isEmpty() ? List.of(Fraction.values()) : fractions;
    }

    static Set<Fraction> requestedFractions(List<String> values) {
        Set<Fraction> fractions = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String key : value.split(",")) {
                    Fraction.parse(key).ifPresent(fractions::add);
                }
            }
        }
        return fractions;
    }

    private static Boolean bool(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }

    private static Long number(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    private static Long chosen(Long id, List<Choice> choices) {
        return id != null && choices.stream().anyMatch(c -> c.id() == id) ? id : null;
    }

    private static String name(List<Choice> choices, Long id) {
        return id == null ? null : choices.stream().filter(c -> c.id() == id).map(Choice::name).findFirst().orElse(null);
    }

    private static List<Option> options(List<Choice> choices, Long selected) {
        return choices.stream().map(c -> new Option(c.id(), c.name(), selected != null && c.id() == selected)).toList();
    }

    static String query(Map<String, List<String>> params) {
        return "?" + params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
