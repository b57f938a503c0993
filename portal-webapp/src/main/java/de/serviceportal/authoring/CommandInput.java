package de.serviceportal.authoring;

import java.util.Set;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/** The body of a command: {@code {path, recursive?, comment?, destination?, before?, after?}}. */
record CommandInput(String path, boolean recursive, String comment, String destination, String before,
        String after) {

    private static final Set<String> KEYS = Set.of("path", "recursive", "comment", "destination", "before",
            "after");

    static CommandInput parse(JsonNode json) {
        if (!json.isObject()) {
            throw shape("Der Befehl muss ein JSON-Objekt sein.");
        }
        for (String key : json.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw shape("Unbekanntes Feld „" + key + "“ im Befehl.");
            }
        }
        JsonNode recursive = json.get("recursive");
        if (recursive != null && !recursive.isBoolean() && !recursive.isNull()) {
            throw shape("„recursive“ muss true oder false sein.");
        }
        String path = text(json, "path");
        if (path == null) {
            throw shape("Der Befehl braucht einen Pfad („path“).");
        }
        return new CommandInput(path, recursive != null && recursive.asBoolean(), text(json, "comment"),
                text(json, "destination"), text(json, "before"), text(json, "after"));
    }

    private static String text(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw shape("„" + key + "“ muss ein Text sein.");
        }
        return value.asString();
    }

    private static AuthoringException shape(String message) {
        return new AuthoringException(HttpStatus.BAD_REQUEST, "invalidShape", message);
    }
}
