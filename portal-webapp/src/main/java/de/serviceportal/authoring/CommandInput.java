package de.serviceportal.authoring;

import static de.serviceportal.authoring.JsonFields.text;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/** The body of a command: {@code {path, recursive?, comment?, destination?, before?, after?}}. */
record CommandInput(String path, boolean recursive, String comment, String destination, String before,
        String after) {

    private static final Set<String> KEYS = Set.of("path", "recursive", "comment", "destination", "before",
            "after");

    static CommandInput parse(JsonNode json) {
        JsonFields.onlyKnown(json, KEYS, "dem Befehl");
        String path = text(json, "path");
        if (path == null) {
            throw JsonFields.shape("Der Befehl braucht einen Pfad („path“).");
        }
        return new CommandInput(path, JsonFields.flag(json, "recursive"), text(json, "comment"),
                text(json, "destination"), text(json, "before"), text(json, "after"));
    }
}
