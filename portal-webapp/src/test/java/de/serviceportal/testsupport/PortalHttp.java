package de.serviceportal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests: real HTTP against the running portal, no redirect following, a
 * cookie jar of its own (kept by hand because java.net.CookieManager is picky about 127.0.0.1).
 */
public final class PortalHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public PortalHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code rawPath} goes on the wire exactly as given (percent escapes included). */
    public HttpResponse<String> get(String rawPath) {
        return send(HttpRequest.newBuilder(URI.create(base + rawPath)).GET());
    }

    public HttpResponse<String> post(String rawPath, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + rawPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET with one extra request header (e.g. If-None-Match). */
    public HttpResponse<String> getWith(String rawPath, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + rawPath)).header(header, value).GET());
    }

    /** A form post; each entry's values become repeated fields. */
    public HttpResponse<String> postForm(String rawPath, Map<String, List<String>> form) {
        String body = form.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + rawPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON post; API clients send the CSRF token as a header. */
    public HttpResponse<String> postJson(String rawPath, String json, String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + rawPath))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /**
     * Any method with an optional JSON body and extra headers (e.g. X-CSRF-TOKEN, If-Match), for REST APIs.
     * {@code headers} are name, value pairs.
     */
    public HttpResponse<String> send(String method, String rawPath, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + rawPath)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A file part of a multipart upload. */
    public record Part(String name, String fileName, byte[] content) {
    }

    public HttpResponse<String> postMultipart(String rawPath, Map<String, String> fields, List<Part> files) {
        String boundary = "----portaltest" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        for (Part file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + rawPath))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The CSRF token as a browser gets it: from the hidden field of the login page. */
    public String csrfToken() {
        return csrf(get("/.login").body());
    }

    /** The CSRF token of a page's form. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF field in:\n" + html);
        }
        return m.group(1);
    }

    /** Logs in and fails the test if that did not work; for chaining. */
    public PortalHttp loggedIn(String username, String password) {
        HttpResponse<String> response = login(username, password);
        if (response.statusCode() != 302 || location(response).contains("error")) {
            throw new AssertionError("Login of " + username + " failed: " + response.statusCode());
        }
        return this;
    }

    public HttpResponse<String> login(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrfToken());
        form.put("username", username);
        form.put("password", password);
        return post("/.login", form);
    }

    public HttpResponse<String> logout() {
        return post("/.logout", Map.of("_csrf", csrfToken()));
    }

    /** Path and query of the Location header, whether Tomcat sent it absolute or relative. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No Location header, status " + response.statusCode()));
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
