#!/usr/bin/env python3
"""Generates the demo plan (CSV) for Merseburg, Leuna and Bad Dürrenberg, 2026 and 2027.

Deterministic (fixed seed), so re-running gives the same files. Street names: well-known real ones plus invented,
plausible ones. Tours: per municipality and fraction a handful, printed as weekday + even/odd calendar week.
Usage: python3 tools/generate_demo.py src/main/resources/waste-calendar/demo
"""
import datetime as dt
import os
import random
import sys

random.seed(15088)

MERSEBURG_CORE = """Gotthardstraße Lauchstädter Straße Burgstraße Domplatz Hallesche Straße König-Heinrich-Straße
Weißenfelser Straße Geusaer Straße Unteraltenburg Oberaltenburg Breite Straße Entenplan Große Ritterstraße
Kleine Ritterstraße Sixtistraße Poststraße Bahnhofstraße Thomas-Müntzer-Straße Hölderlinstraße Goethestraße
Schillerstraße Lessingstraße Herderstraße Friedrich-Ebert-Straße Karl-Marx-Straße Rudolf-Breitscheid-Straße
Clobicauer Straße Hermann-Duncker-Straße Straße des Friedens Fischerstraße Neumarkt Brühl Saalstraße Kloster
Weiße Mauer Gutenbergstraße Am Gotthardteich Am Saaleufer Wilhelm-Liebknecht-Straße Christianenstraße
Hallesche Landstraße Freiimfelder Straße Am Kirchplatz Dürrenberger Straße Leunaer Straße Beunaer Straße
Bodestraße Unstrutstraße Elsterstraße Muldestraße Naumburger Straße Querfurter Straße Lützener Straße
Am Stadtpark Rossmarkt Johannes-Brahms-Straße Bach-Straße Händelstraße Telemannstraße Mozartstraße
Beethovenstraße Schumannstraße Richard-Wagner-Straße Albrecht-Dürer-Straße Cranachstraße Keplerstraße
Humboldtstraße Leibnizstraße Novalisstraße Fontanestraße Heinrich-Heine-Straße Theodor-Storm-Straße
Otto-Lilienthal-Straße Robert-Koch-Straße Rudolf-Virchow-Straße Paracelsusstraße Gerichtsrain Am Eulenberg
Vor dem Sixtitor Am Wasserturm Am Hohen Stein Amselweg Drosselweg Finkenweg Meisenweg Lerchenweg Starweg
Kiefernweg Birkenweg Ahornweg Eschenweg Erlenweg Ulmenweg Lindenring Kastanienallee Eichenweg Buchenweg
Ginsterweg Fliederweg Rosenweg Nelkenweg Tulpenweg Asternweg Dahlienweg Lupinenweg Mohnweg Kornblumenweg
Am Rabensberg An der Klia Am Mühlgraben Mühlweg An der Mühle Ziegeleiweg Gartenstraße Feldstraße Wiesenweg
Am Sportplatz Schulstraße Kirchstraße Parkstraße Bergstraße Talstraße Am Hang Sonnenweg Am Krautgarten
Am Kreisgericht Stadtmauer Ölgrube Salzstraße Tiefer Keller Jägerstraße Grüne Straße Am Anger Weinbergweg
Zum Wäldchen Am Bahndamm Kastanienweg Walter-Rathenau-Straße Max-Planck-Straße Einsteinstraße
Ernst-Abbe-Straße Carl-Zeiss-Straße Werner-von-Siemens-Straße Ludwig-Erhard-Straße Konrad-Adenauer-Ring
Willy-Brandt-Straße Geschwister-Scholl-Straße Käthe-Kollwitz-Straße Clara-Zetkin-Straße Sophie-Scholl-Weg
Bertolt-Brecht-Straße Anne-Frank-Straße Kurt-Tucholsky-Weg Erich-Kästner-Straße Hans-Sachs-Straße
Martin-Luther-Straße Melanchthonstraße Thietmarstraße Ottostraße Heinrichplatz Kaiser-Otto-Ring""".split()

ORTSTEIL_STREETS = """Dorfstraße Hauptstraße Kirchweg Am Anger Schulweg Lindenstraße Gartenweg Feldweg Wiesengrund
Mühlenweg Am Teich Ringstraße Siedlung Am Sportplatz Kirschallee Pappelweg Weidenweg Bergweg Hohlweg Am Gutshof
Friedhofsweg Bahnhofsweg Am Park Sandweg Pfarrgasse Kastanienweg Rosengasse Querweg Kleine Gasse Obstgartenweg""".split()

LEUNA_CORE = """Rudolf-Breitscheid-Straße Spergauer Straße Rathausstraße Kröllwitzer Straße Merseburger Straße
Am Haupttor Goethestraße Schillerstraße Lessingstraße Friedrich-Engels-Straße Kastanienallee Lindenallee
Haeckelstraße Uhlandstraße Wielandstraße Mörikestraße Fichtestraße Am Walter-Bauer-Platz Alte Werkstraße
Kirschweg Birnenweg Apfelweg Pflaumenweg Quittenweg Am Kanal Saaleweg Am Bahnhof Ahornring Ulmenring
Eichenring Buchenring Erlenring Am Sportforum Stadtpark Gartenstadt Zöschener Straße Günthersdorfer Straße
Dürrenberger Weg Ringstraße Am Wasserwerk Spergauer Weg Kurt-Wabbel-Straße Am Rosengarten Blumenstraße
Sonnenstraße Waldstraße Feldstraße Straße der Chemiearbeiter Am Friedhof Wiesenstraße""".split()

DUERRENBERG_CORE = """Merseburger Straße Leipziger Straße Bahnhofstraße Kurpark Borlachstraße Am Gradierwerk
Solestraße Salinenweg Rathausplatz Goethestraße Schillerstraße Heinrich-Heine-Straße Thomas-Müntzer-Straße
Weißenfelser Straße Lützener Straße Saalestraße Uferweg Am Kurpark Brunnenweg Kirchstraße Schulstraße
Keuschberger Straße Tollwitzer Straße Ostrauer Weg Nordstraße Südstraße Weststraße Oststraße Lindenweg
Ahornweg Birkenweg Erlenweg Ulmenweg Eichenweg Am Sportplatz Rosenweg Nelkenweg Tulpenweg Asternweg
Fliederweg Gartenstraße Wiesenweg Feldstraße Mühlweg Am Teich Sonnenweg Bergstraße""".split()


def names(words):
    """The lists above are split on spaces; glue multi-word names back together ("Am Hohen Stein", "Breite Straße")."""
    nouns = {"Straße", "Landstraße", "Mauer", "Keller", "Gasse", "Werkstraße", "Ritterstraße", "Weg"}
    out, i = [], 0
    while i < len(words):
        w = words[i]
        if w in {"Am", "An", "Zum", "Vor", "Straße"} and i + 1 < len(words):
            take = 3 if words[i + 1] in {"der", "dem", "des", "Hohen"} else 2
            out.append(" ".join(words[i:i + take]))
            i += take
        elif (w.endswith("e") or w.endswith("er")) and not w.lower().endswith("straße") and i + 1 < len(words) \
                and words[i + 1] in nouns:
            out.append(w + " " + words[i + 1])
            i += 2
        else:
            out.append(w)
            i += 1
    return list(dict.fromkeys(out))


MUNICIPALITIES = {
    "Merseburg": {"code": "MER",
                  "ortsteile": {"Merseburg": names(MERSEBURG_CORE), "Beuna": 14, "Geusa": 12, "Meuschau": 10,
                                "Trebnitz": 9, "Kötzschen": 9, "Atzendorf": 7, "Blösien": 7, "Zscherben": 8}},
    "Leuna": {"code": "LEU",
              "ortsteile": {"Leuna": names(LEUNA_CORE), "Günthersdorf": 12, "Kröllwitz": 9, "Spergau": 11,
                            "Zöschen": 10, "Kötschlitz": 7}},
    "Bad Dürrenberg": {"code": "BDU",
                       "ortsteile": {"Bad Dürrenberg": names(DUERRENBERG_CORE), "Tollwitz": 9, "Keuschberg": 10,
                                     "Ostrau": 7, "Nempitz": 7}},
}

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
SPLIT = {"Gotthardstraße", "Lauchstädter Straße", "Hallesche Straße", "Weißenfelser Straße", "König-Heinrich-Straße",
         "Rudolf-Breitscheid-Straße", "Merseburger Straße", "Leipziger Straße", "Spergauer Straße"}


def d(date):
    return date.strftime("%d.%m.%Y")


def build():
    tours, streets = [], []   # tours: (key, fraction, weekday, rhythm, parity, anchor)
    tour_of = {}              # (municipality, ortsteil, fraction, part) -> key
    for mun, cfg in MUNICIPALITIES.items():
        code = cfg["code"]
        for i, (ot, street_cfg) in enumerate(cfg["ortsteile"].items()):
            street_names = street_cfg if isinstance(street_cfg, list) else random.sample(names(ORTSTEIL_STREETS), street_cfg)
            core = isinstance(street_cfg, list)
            parts = 3 if core else 1   # the core town is split into districts (Touren) A, B, C
            for p in range(parts):
                wd = WEEKDAYS[(i + p) % 5]
                par = "ungerade" if (i + p) % 2 == 0 else "gerade"
                suffix = f"{i + 1:02d}{'ABC'[p]}"
                ra = f"{code}-RA-{suffix}"
                bio = f"{code}-BIO-{suffix}"
                gt = f"{code}-GT-{suffix}"
                pa = f"{code}-PA-{suffix}"
                tours.append((ra, "Restabfall", wd, "14-täglich", par, None))
                tours.append((bio, "Bioabfall", WEEKDAYS[(i + p + 2) % 5], "14-täglich", "gerade" if par == "ungerade" else "ungerade", None))
                tours.append((gt, "Gelbe Tonne", WEEKDAYS[(i + p + 1) % 5], "14-täglich", par, None))
                pa_day = (i + p + 3) % 5
                anchor = dt.date(2026, 1, 5) + dt.timedelta(days=pa_day + 7 * ((i + p) % 4))
                tours.append((pa, "Blaue Tonne", WEEKDAYS[pa_day], "4-wöchentlich", None, anchor))
                for f, k in (("Restabfall", ra), ("Bioabfall", bio), ("Gelbe Tonne", gt), ("Blaue Tonne", pa)):
                    tour_of[(mun, ot, f, p)] = k
            for n, street in enumerate(street_names):
                p = n % parts
                if street in SPLIT:
                    # long street: odd side 1–49, even side 2–50 and everything from 51 on run on different tours
                    ranges = [("1", "49", "ungerade", p), ("2", "50", "gerade", (p + 1) % parts), ("51", "", "", (p + 2) % parts)]
                else:
                    ranges = [("", "", "", p)]
                for frm, to, side, part in ranges:
                    for f in ("Restabfall", "Bioabfall", "Gelbe Tonne", "Blaue Tonne"):
                        # split only matters for Restabfall and Gelbe Tonne; Papier and Bio run the street as a whole
                        t = tour_of[(mun, ot, f, part if f in ("Restabfall", "Gelbe Tonne") else p)]
                        streets.append((mun, "" if ot == mun else ot, street, frm, to, side, f, t))
    return tours, streets


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(header + "\r\n")
        for r in rows:
            fh.write(";".join("" if v is None else str(v) for v in r) + "\r\n")


def first_weekday(year, month, day, weekday):
    date = dt.date(year, month, day)
    while date.weekday() != weekday:
        date += dt.timedelta(days=1)
    return date


def main(out):
    tours, streets = build()
    for year in (2026, 2027):
        folder = os.path.join(out, str(year))
        os.makedirs(folder, exist_ok=True)
        tour_rows = []
        for key, fraction, wd, rhythm, parity, anchor in tours:
            if fraction == "Bioabfall":
                # weekly in summer, two-weekly otherwise — as many operators do
                tour_rows.append((key, fraction, wd, rhythm, parity, "", d(dt.date(year, 1, 1)), d(dt.date(year, 5, 31))))
                tour_rows.append((key, fraction, wd, "wöchentlich", "", "", d(dt.date(year, 6, 1)), d(dt.date(year, 8, 31))))
                tour_rows.append((key, fraction, wd, rhythm, parity, "", d(dt.date(year, 9, 1)), d(dt.date(year, 12, 31))))
            else:
                tour_rows.append((key, fraction, wd, rhythm, parity or "", d(anchor) if anchor else "", "", ""))
        write(os.path.join(folder, "touren.csv"),
              "Tour;Fraktion;Wochentag;Rhythmus;Kalenderwochen;Startdatum;gültig ab;gültig bis", tour_rows)
        write(os.path.join(folder, "strassen.csv"),
              "Gemeinde;Ortsteil;Straße;Hausnummer von;Hausnummer bis;Seite;Fraktion;Tour", streets)
        exceptions = []
        if year == 2026:
            # Heiligabend falls on Thursday (KW 52, even): even-Thursday Restabfall tours come one day earlier
            for key, fraction, wd, rhythm, parity, anchor in tours:
                if fraction == "Restabfall" and wd == "Donnerstag" and parity == "gerade":
                    exceptions.append((key, "24.12.2026", "verlegt", "23.12.2026", "Heiligabend: Abfuhr einen Tag früher"))
        else:
            # a Gelbe-Tonne collection cancelled because of the Schlossfest in Merseburg (June)
            for key, fraction, wd, rhythm, parity, anchor in tours:
                if key.startswith("MER-GT-01"):
                    day = first_weekday(2027, 6, 14, WEEKDAYS.index(wd))
                    if (day.isocalendar()[1] % 2 == 1) != (parity == "ungerade"):
                        day += dt.timedelta(days=7)
                    exceptions.append((key, d(day), "entfällt", "", "Schlossfest – Abfuhr entfällt, nächster Termin regulär"))
        write(os.path.join(folder, "ausnahmen.csv"), "Tour;Datum;Art;neues Datum;Hinweis", exceptions)
        specials = []
        hour = 9
        for mun, cfg in MUNICIPALITIES.items():
            specials.append(("Weihnachtsbäume", mun, "", "", d(first_weekday(year, 1, 12, 5)), "", "", "",
                             "Bitte abgeschmückt bis 6:00 Uhr an den Straßenrand legen."))
            for n, ot in enumerate(cfg["ortsteile"]):
                for month in (4, 9):
                    day = first_weekday(year, month, 3 + (n % 20), 5)  # Saturdays
                    start = 8 + (n % 5) * 2
                    place = f"{ot}, {'Marktplatz' if ot == mun else 'Dorfplatz'}"
                    specials.append(("Schadstoffmobil", mun, "" if ot == mun else ot, "", d(day),
                                     f"{start:02d}:00", f"{start + 1:02d}:30", place, ""))
                specials.append(("Baum- und Strauchschnitt", mun, "" if ot == mun else ot, "",
                                 d(first_weekday(year, 3, 16 + (n % 10), n % 5)), "", "", "",
                                 "Gebündelt, höchstens 1,5 m lang, bis 6:00 Uhr bereitlegen."))
            for key, fraction, wd, rhythm, parity, anchor in tours:
                if fraction == "Bioabfall" and key.startswith(cfg["code"]):
                    wd_index = WEEKDAYS.index(wd)
                    for month in (6, 9):
                        specials.append(("Biotonnenreinigung", mun, "", key, d(first_weekday(year, month, 15, wd_index)),
                                         "", "", "", "Die Tonne wird nach der Leerung vor Ort gereinigt."))
        write(os.path.join(folder, "sondertermine.csv"),
              "Art;Gemeinde;Ortsteil;Tour;Datum;Uhrzeit von;Uhrzeit bis;Ort;Hinweis", specials)
    print(f"{len(tours)} Touren, {len(set((s[0], s[1], s[2]) for s in streets))} Straßen, {len(streets)} Zuordnungen")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/waste-calendar/demo")
