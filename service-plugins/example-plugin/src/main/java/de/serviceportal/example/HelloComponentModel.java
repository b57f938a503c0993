package de.serviceportal.example;

import de.serviceportal.plugin.ComponentModel;
import de.serviceportal.plugin.ComponentRequest;

/**
 * The model of the component {@code example:components/hello}: whom to greet comes from the query parameter
 * {@code name} (a visitor's own name), else from the component's {@code name} property set by the editor.
 */
class HelloComponentModel implements ComponentModel {

    static final String TEMPLATE = ExampleAutoConfiguration.ID + ":components/hello";

    private final Greetings greetings;

    HelloComponentModel(Greetings greetings) {
        this.greetings = greetings;
    }

    @Override
    public String templateId() {
        return TEMPLATE;
    }

    @Override
    public Object create(ComponentRequest request) {
        String name = request.parameter("name");
        if (name == null || name.isBlank()) {
            Object property = request.properties().get("name");
            name = property == null ? null : property.toString();
        }
        return new Hello(greetings.greeting(request.site(), name), greetings.showSiteName(request.site()),
                greetings.highlighted(request.site()), request.locale().getLanguage());
    }

    /** What the script reads as {@code model.greeting}, {@code model.showSiteName}, … */
    public record Hello(String greeting, boolean showSiteName, boolean highlighted, String language) {
    }
}
