package de.serviceportal.authoring;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import de.serviceportal.testsupport.PortalHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A staff client of the authoring APIs: logged in (or anonymous), CSRF token from {@code /.rest/csrf}. */
final class AuthoringApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NODES = "/.rest/nodes/v1/website";

    final PortalHttp http;
    private final String csrf;

    private AuthoringApi(PortalHttp http, String csrf) {
        this.http = http;
        this.csrf = csrf;
    }

    static AuthoringApi as(int port, String user, String password) {
        PortalHttp http = new PortalHttp(port).loggedIn(user, password);
        HttpResponse<String> token = http.get("/.rest/csrf");
        if (token.statusCode() == 403) {
            // staff without editorial roles get no token from the authoring API; a browser has the form's
            return new AuthoringApi(http, http.csrfToken());
        }
        if (token.statusCode() != 200) {
            throw new AssertionError("No CSRF token for " + user + ": " + token.statusCode());
        }
        return new AuthoringApi(http, json(token.body()).get("token").asString());
    }

    static AuthoringApi anonymous(int port) {
        return new AuthoringApi(new PortalHttp(port), null);
    }

    HttpResponse<String> get(String path) {
        return http.get(path);
    }

    /** {@code headers}: extra name, value pairs (e.g. If-Match). */
    HttpResponse<String> send(String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (csrf != null) {
            all.add("X-CSRF-TOKEN");
            all.add(csrf);
        }
        return http.send(method, path, body, all.toArray(String[]::new));
    }

    HttpResponse<String> command(String command, String body) {
        return send("POST", "/.rest/commands/v2/website/" + command, body);
    }

    /** The node's JSON; fails unless it is there. */
    JsonNode node(String path, String query) {
        HttpResponse<String> response = get(NODES + path + (query == null ? "" : "?" + query));
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    /** A property's values as texts, or null if the node does not have it. */
    static List<String> values(JsonNode node, String property) {
        for (JsonNode p : node.get("properties")) {
            if (p.get("name").asString().equals(property)) {
                List<String> values = new ArrayList<>();
                p.get("values").forEach(v -> values.add(v.asString()));
                return values;
            }
        }
        return null;
    }

    static String type(JsonNode node, String property) {
        for (JsonNode p : node.get("properties")) {
            if (p.get("name").asString().equals(property)) {
                return p.get("type").asString();
            }
        }
        return null;
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** {@code {"name":…,"values":[…]}} */
    static String property(String name, String... values) {
        StringBuilder json = new StringBuilder("{\"name\":\"" + name + "\",\"multiple\":" + (values.length > 1)
                + ",\"values\":[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(JSON.writeValueAsString(values[i]));
        }
        return json.append("]}").toString();
    }

    static String properties(String... properties) {
        return "{\"properties\":[" + String.join(",", properties) + "]}";
    }
}
