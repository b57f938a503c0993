package de.serviceportal.example;

import de.serviceportal.plugin.SiteSettings;

/** The greeting of a site, shared by the component model and the REST endpoint. */
public class Greetings {

    static final String SALUTATION = "salutation";
    static final String SHOW_SITE = "showSiteName";
    static final String MAX_NAME_LENGTH = "maxNameLength";
    static final String STYLE = "style";

    private final SiteSettings settings;

    Greetings(SiteSettings settings) {
        this.settings = settings;
    }

    /** „Hallo, Anna!“ with the site's salutation; long names are shortened to the site's maximum. */
    public String greeting(String site, String name) {
        String who = name == null || name.isBlank() ? "Welt" : name.strip();
        int max = (int) Math.max(1, Math.min(200, Long.parseLong(settings.get(site, ExampleAutoConfiguration.ID,
                MAX_NAME_LENGTH))));
        if (who.length() > max) {
            who = who.substring(0, max) + "…";
        }
        return settings.get(site, ExampleAutoConfiguration.ID, SALUTATION) + ", " + who + "!";
    }

    boolean showSiteName(String site) {
        return Boolean.parseBoolean(settings.get(site, ExampleAutoConfiguration.ID, SHOW_SITE));
    }

    boolean highlighted(String site) {
        return "hervorgehoben".equals(settings.get(site, ExampleAutoConfiguration.ID, STYLE));
    }
}
