package de.serviceportal.authoring;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request's JSON body for the authoring API, refusing bodies above {@code portal.authoring.max-body-bytes}
 * (default 1 MB) before parsing them and malformed JSON (duplicate keys included) with a 400.
 */
@Component
class JsonBody {

    private final JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final int limit;

    JsonBody(@Value("${portal.authoring.max-body-bytes:1048576}") int limit) {
        this.limit = limit;
    }

    JsonNode read(HttpServletRequest request) {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw AuthoringException.badRequest("Der Inhalt der Anfrage konnte nicht gelesen werden.");
        }
        if (bytes.length > limit) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new AuthoringException(HttpStatus.BAD_REQUEST, "invalidJson", "Die Anfrage enthält kein JSON.");
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw new AuthoringException(HttpStatus.BAD_REQUEST, "invalidJson",
                    "Die Anfrage enthält kein gültiges JSON.");
        }
    }

    private AuthoringException tooLarge() {
        return new AuthoringException(HttpStatus.CONTENT_TOO_LARGE, "payloadTooLarge",
                "Die Anfrage ist größer als " + limit + " Bytes.");
    }
}
