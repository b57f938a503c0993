package de.serviceportal.export;

import org.xml.sax.helpers.AttributesImpl;

/** The JCR system-view vocabulary shared by everything that writes system-view SAX events. */
public final class SystemView {

    public static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    private SystemView() {
    }

    /** Attributes of an {@code sv:node} ({@code type} null) or {@code sv:property} element. */
    public static AttributesImpl attributes(String name, String type, boolean multiple) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute(SV, "name", "sv:name", "CDATA", name);
        if (type != null) {
            attributes.addAttribute(SV, "type", "sv:type", "CDATA", type);
        }
        if (multiple) {
            attributes.addAttribute(SV, "multiple", "sv:multiple", "CDATA", "true");
        }
        return attributes;
    }
}
