package de.serviceportal.wastecalendar.web.citizen;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.model.Fraction;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.schedule.Collection;

/**
 * {@code GET /.rest/waste-calendar/v1/addresses/{id}/calendar-{year}.pdf?site=merseburg&fractions=a,b}: the year's
 * collections of an address as a tagged PDF, for printing at home or reading with a screen reader.
 */
@RestController
@RequestMapping(CalendarComponentModel.REST)
class YearPdfController {

    private final WasteCalendarRepository repository;
    private final Schedules schedules;

    YearPdfController(WasteCalendarRepository repository, Schedules schedules) {
        this.repository = repository;
        this.schedules = schedules;
    }

    @GetMapping(value = "/addresses/{id}/calendar-{year}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String year, @RequestParam String site,
            @RequestParam(required = false) String fractions) {
        if (!id.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("Die Adresse „" + id + "“ ist keine gültige Adressnummer.");
        }
        if (!year.matches("\\d{4}")) {
            throw new IllegalArgumentException("Das Jahr „" + year + "“ ist ungültig (erwartet: vierstellig, z. B. 2026).");
        }
        int planYear = Integer.parseInt(year);
        if (!repository.planYears().contains(planYear)) {
            throw new NotFound("Für das Jahr " + planYear + " liegt kein Abfuhrplan vor.");
        }
        Address address = repository.address(Long.parseLong(id))
                .orElseThrow(() -> new NotFound("Diese Adresse ist nicht verzeichnet."));
        Set<Fraction> chosen = CalendarComponentModel.requestedFractions(fractions == null ? null : List.of(fractions));
        List<Collection> collections = schedules.schedule(site).year(address.id(), planYear).stream()
                .filter(c -> chosen.isEmpty() || chosen.contains(c.fraction())).toList();
        byte[] pdf = YearPdf.render(address, planYear, siteTitle(site), collections);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("abfallkalender-" + planYear + ".pdf").build().toString())
                .body(pdf);
    }

    /** Sites are not known to a plugin; the PDF names the organisation by the site id's usual name. */
    private static String siteTitle(String site) {
        return switch (site) {
            case "merseburg" -> "Stadt Merseburg";
            case "saalekreis" -> "Landkreis Saalekreis";
            default -> "Regionales Serviceportal";
        };
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, String> notFound(NotFound e) {
        return Map.of("error", e.getMessage());
    }

    /** Bad parameters (also an unknown site from the settings) are the caller's mistake: 400, German message. */
    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> badRequest(IllegalArgumentException e) {
        return Map.of("error", e.getMessage());
    }
}
