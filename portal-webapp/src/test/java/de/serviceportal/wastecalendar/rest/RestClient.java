package de.serviceportal.wastecalendar.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Plain HTTP against the running portal, with the headers a calendar app or an app's HTTP client sends. */
final class RestClient {

    static final String BASE = "/.rest/waste-calendar/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String origin;

    RestClient(int port) {
        this.origin = "http://127.0.0.1:" + port;
    }

    String origin() {
        return origin;
    }

    /** {@code headers}: name, value, name, value, … */
    HttpResponse<String> get(String rawPathOrUrl, String... headers) {
        URI uri = URI.create(rawPathOrUrl.startsWith("http") ? rawPathOrUrl : origin + rawPathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
