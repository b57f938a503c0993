package de.serviceportal.plugin;

import java.util.regex.Pattern;

/** Checks shared by the records of this package. */
final class PluginIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private PluginIds() {
    }

    /** Plugin ids become URL segments, light-module names and table-name suffixes: lower case, digits, hyphens. */
    static String requireId(String id) {
        if (id == null || id.length() > 40 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A plugin id is 1-40 characters of a-z, 0-9 and single inner hyphens,"
                    + " starting with a letter (e.g. \"waste-calendar\"); got \"" + id + "\"");
        }
        return id;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
