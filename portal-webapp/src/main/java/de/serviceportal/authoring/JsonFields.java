package de.serviceportal.authoring;

import java.util.Set;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/** Reading members of a request's JSON object, refusing a wrong shape with a 400 {@code invalidShape}. */
final class JsonFields {

    private JsonFields() {
    }

    /** {@code what} names the object in the dative, e.g. "einem Knoten". */
    static void onlyKnown(JsonNode json, Set<String> allowed, String what) {
        if (json == null || !json.isObject()) {
            throw shape("Erwartet wird ein JSON-Objekt (" + what + ").");
        }
        for (String key : json.propertyNames()) {
            if (!allowed.contains(key)) {
                throw shape("Unbekanntes Feld „" + key + "“ in " + what + ".");
            }
        }
    }

    /** A text member, or null if it is missing or null. */
    static String text(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw shape("„" + key + "“ muss ein Text sein.");
        }
        return value.asString();
    }

    /** A true/false member, false if it is missing or null. */
    static boolean flag(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw shape("„" + key + "“ muss true oder false sein.");
        }
        return value.asBoolean();
    }

    static AuthoringException shape(String message) {
        return new AuthoringException(HttpStatus.BAD_REQUEST, "invalidShape", message);
    }
}
