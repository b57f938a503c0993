package de.serviceportal.wastecalendar.testing;

import de.serviceportal.wastecalendar.importer.PlanFiles;

/**
 * A small but complete 2026 plan: Gotthardstraße in Merseburg split three ways (1–49 odd, 2–50 even, from 51),
 * a Beuna street, a summer rhythm for Bioabfall, one moved and one cancelled date, special collections.
 */
public final class SamplePlan {

    public static final String TOURS = """
            Tour;Fraktion;Wochentag;Rhythmus;Kalenderwochen;Startdatum;gültig ab;gültig bis
            RA-1;Restabfall;Dienstag;14-täglich;ungerade;;;
            RA-2;Restabfall;Donnerstag;14-täglich;gerade;;;
            BIO-1;Bioabfall;Freitag;14-täglich;gerade;;01.01.2026;31.05.2026
            BIO-1;Bioabfall;Freitag;wöchentlich;;;01.06.2026;31.08.2026
            BIO-1;Bioabfall;Freitag;14-täglich;gerade;;01.09.2026;31.12.2026
            GT-1;Gelbe Tonne (Leichtverpackungen);Montag;14-täglich;gerade;;;
            PA-1;Blaue Tonne (Papier);Mittwoch;4-wöchentlich;;07.01.2026;;
            """;

    public static final String STREETS = """
            Gemeinde;Ortsteil;Straße;Hausnummer von;Hausnummer bis;Seite;Fraktion;Tour
            Merseburg;Merseburg;Gotthardstraße;1;49;ungerade;Restabfall;RA-1
            Merseburg;Merseburg;Gotthardstraße;1;49;ungerade;Bioabfall;BIO-1
            Merseburg;Merseburg;Gotthardstraße;1;49;ungerade;Gelbe Tonne;GT-1
            Merseburg;Merseburg;Gotthardstraße;1;49;ungerade;Blaue Tonne;PA-1
            Merseburg;Merseburg;Gotthardstraße;2;50;gerade;Restabfall;RA-2
            Merseburg;Merseburg;Gotthardstraße;2;50;gerade;Bioabfall;BIO-1
            Merseburg;Merseburg;Gotthardstraße;2;50;gerade;Gelbe Tonne;GT-1
            Merseburg;Merseburg;Gotthardstraße;2;50;gerade;Blaue Tonne;PA-1
            Merseburg;Merseburg;Gotthardstraße;51;;;Restabfall;RA-2
            Merseburg;Merseburg;Gotthardstraße;51;;;Bioabfall;BIO-1
            Merseburg;Merseburg;Gotthardstraße;51;;;Gelbe Tonne;GT-1
            Merseburg;Merseburg;Gotthardstraße;51;;;Blaue Tonne;PA-1
            Merseburg;Beuna;An der Mühle;;;;Restabfall;RA-1
            Merseburg;Beuna;An der Mühle;;;;Bioabfall;BIO-1
            Merseburg;Beuna;An der Mühle;;;;Gelbe Tonne;GT-1
            Merseburg;Beuna;An der Mühle;;;;Papier;PA-1
            """;

    public static final String EXCEPTIONS = """
            Tour;Datum;Art;neues Datum;Hinweis
            RA-1;07.04.2026;verlegt;11.04.2026;Sonderabfuhr am Samstag nach Ostern
            GT-1;21.12.2026;entfällt;;
            """;

    public static final String SPECIALS = """
            Art;Gemeinde;Ortsteil;Tour;Datum;Uhrzeit von;Uhrzeit bis;Ort;Hinweis
            Schadstoffmobil;Merseburg;Merseburg;;14.03.2026;09:00;10:30;Parkplatz am Gotthardteich;
            Schadstoffmobil;Merseburg;Beuna;;14.03.2026;11:00;12:00;Beuna, Dorfplatz;
            Weihnachtsbäume;Merseburg;;;09.01.2026;;;;Bitte abgeschmückt bis 6:00 Uhr bereitlegen.
            Biotonnenreinigung;Merseburg;;BIO-1;12.06.2026;;;;
            """;

    private SamplePlan() {
    }

    public static PlanFiles files() {
        return new PlanFiles(TOURS, STREETS, EXCEPTIONS, SPECIALS);
    }
}
