package de.serviceportal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The catalogue of public demo pages the browser tests visit: every page type of the Stadt and Landkreis sites plus
 * the regional entry page. The paths and titles come from {@code light-modules/portal-sites} (sites + bootstrap).
 */
final class PublicPages {

    /** One page to visit; {@code status} is the HTTP status the server must answer with. */
    record Page(String name, String path, int status, boolean home) {
    }

    /**
     * A site as a citizen sees it. {@code navigation} are the visible top-level pages (title and path),
     * {@code componentPage} a content page below {@code section} showing (almost) every content component.
     */
    record Site(String name, String prefix, String title, List<NavEntry> navigation, NavEntry section,
                String componentPage, String componentPageNavTitle) {

        String path(String relative) {
            return "/".equals(prefix) ? relative : prefix + relative;
        }

        String home() {
            return prefix;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record NavEntry(String title, String path) {
    }

    static final Site MERSEBURG = new Site("merseburg", "/merseburg", "Stadt Merseburg",
            List.of(new NavEntry("Bürgerservice", "/merseburg/buergerservice"),
                    new NavEntry("Politik", "/merseburg/politik"),
                    new NavEntry("Kontakt", "/merseburg/kontakt")),
            new NavEntry("Bürgerservice", "/merseburg/buergerservice"),
            "/merseburg/buergerservice/antraege", "Anträge");

    static final Site SAALEKREIS = new Site("saalekreis", "/saalekreis", "Landkreis Saalekreis",
            List.of(new NavEntry("Bürgerservice", "/saalekreis/buergerservice"),
                    new NavEntry("Politik", "/saalekreis/politik"),
                    new NavEntry("Kontakt", "/saalekreis/kontakt")),
            new NavEntry("Bürgerservice", "/saalekreis/buergerservice"),
            "/saalekreis/buergerservice/abfallkalender", "Abfallkalender");

    /** The regional entry page at "/": no main navigation, no section pages of its own. */
    static final Site REGION = new Site("region", "/", "Serviceportal Saalekreis und Merseburg",
            List.of(), null, null, null);

    /** The two sites with a full page tree (navigation, sections, content pages). */
    static final List<Site> SITES = List.of(MERSEBURG, SAALEKREIS);

    /** A path that exists nowhere, fresh per run so that no cache can answer it. */
    static String unknownPath(Site site) {
        return site.path("/gibt-es-nicht-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Every page type of both sites, the regional entry page and an English page, in a stable order. */
    static List<Page> all() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("Region Startseite", "/", 200, true));
        pages.add(new Page("Region Erklärung zur Barrierefreiheit", "/barrierefreiheit", 200, false));
        pages.add(new Page("Region 404", unknownPath(REGION), 404, false));
        for (Site site : SITES) {
            String label = site == MERSEBURG ? "Merseburg" : "Saalekreis";
            pages.add(new Page(label + " Startseite", site.home(), 200, true));
            pages.add(new Page(label + " Bereichsseite", site.section().path(), 200, false));
            pages.add(new Page(label + " Inhaltsseite", site.componentPage(), 200, false));
            pages.add(new Page(label + " Impressum", site.path("/impressum"), 200, false));
            pages.add(new Page(label + " Erklärung zur Barrierefreiheit", site.path("/barrierefreiheit"), 200, false));
            pages.add(new Page(label + " Leichte Sprache", site.path("/leichte-sprache"), 200, false));
            pages.add(new Page(label + " 404", unknownPath(site), 404, false));
        }
        pages.add(new Page("Merseburg Inhaltsseite englisch", "/merseburg/en/buergerservice/antraege", 200, false));
        return List.copyOf(pages);
    }

    private PublicPages() {
    }
}
