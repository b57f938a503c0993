package de.serviceportal.authoring;

import static de.serviceportal.authoring.AuthoringApi.NODES;
import static de.serviceportal.authoring.AuthoringApi.json;
import static de.serviceportal.authoring.AuthoringApi.properties;
import static de.serviceportal.authoring.AuthoringApi.property;
import static de.serviceportal.authoring.AuthoringApi.type;
import static de.serviceportal.authoring.AuthoringApi.values;
import static de.serviceportal.testsupport.PortalHttp.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/** The Nodes API over real HTTP: reading, writing, validation against dialogs, conditional and bad requests. */
class NodesApiTest extends AuthoringPortalTest {

    @Test
    void createReadUpdateDeleteRoundTrip() {
        String page = page("Erste Fassung");
        JsonNode node = editor.node(page, null);
        assertThat(node.get("name").asString()).isEqualTo(page.substring(1));
        assertThat(node.get("path").asString()).isEqualTo(page);
        assertThat(node.get("type").asString()).isEqualTo("mgnl:page");
        assertThat(node.get("identifier").asString()).hasSize(36);
        assertThat(values(node, "title")).containsExactly("Erste Fassung");
        assertThat(values(node, "mgnl:template")).as("metadata only on request").isNull();
        assertThat(node.has("nodes")).isFalse();

        JsonNode meta = editor.node(page, "includeMetadata=true");
        assertThat(values(meta, "mgnl:template")).containsExactly("portal-theme:pages/content");
        assertThat(values(meta, "mgnl:createdBy")).containsExactly(EDITOR);
        assertThat(values(meta, "mgnl:lastModifiedBy")).containsExactly(EDITOR);

        HttpResponse<String> updated = update(page, property("title", "Zweite Fassung"),
                property("navigationTitle", "Kurz"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(values(json(updated.body()), "title")).containsExactly("Zweite Fassung");
        assertThat(values(editor.node(page, null), "navigationTitle")).containsExactly("Kurz");

        // empty values remove a property
        assertThat(update(page, property("navigationTitle")).statusCode()).isEqualTo(200);
        assertThat(values(editor.node(page, null), "navigationTitle")).isNull();

        HttpResponse<String> deleted = editor.send("DELETE", NODES + page, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        HttpResponse<String> gone = editor.get(NODES + page);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone.body()).get("error").get("code").asString()).isEqualTo("pathNotFound");
        assertThat(json(gone.body()).get("error").get("message").asString()).contains(page);
    }

    @Test
    void putAnswersWithLocationAndETagOfTheNewNode() {
        String page = page("Ort");
        String name = unique("unterseite");
        HttpResponse<String> created = editor.send("PUT", NODES + page, "{\"name\":\"" + name
                + "\",\"type\":\"mgnl:page\",\"properties\":[" + property("mgnl:template",
                        "portal-theme:pages/content") + "," + property("title", "Unterseite") + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(location(created)).isEqualTo(NODES + page + "/" + name);
        assertThat(created.headers().firstValue("ETag")).get().asString().startsWith("\"");
        assertThat(editor.get(location(created)).headers().firstValue("ETag"))
                .isEqualTo(created.headers().firstValue("ETag"));
    }

    @Test
    void depthDecidesHowManyLevelsOfChildrenAreIncluded() {
        String page = page("Tiefe");
        JsonNode one = editor.node(page, "depth=1");
        assertThat(one.get("nodes")).extracting(n -> n.get("name").asString()).containsExactly("main");
        assertThat(one.get("nodes").get(0).has("nodes")).isFalse();
        JsonNode two = editor.node(page, "depth=2");
        JsonNode component = two.get("nodes").get(0).get("nodes").get(0);
        assertThat(component.get("path").asString()).isEqualTo(page + "/main/0");
        assertThat(values(component, "title")).containsExactly("Komponente");
        // capped, not refused
        assertThat(editor.get(NODES + page + "?depth=1000").statusCode()).isEqualTo(200);
        assertThat(editor.get(NODES + page + "?depth=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void aComponentChangeStampsTheComponentAndItsPage() throws InterruptedException {
        String page = page("Stempel");
        String before = values(editor.node(page, "includeMetadata=true"), "mgnl:lastModified").get(0);
        Thread.sleep(5);
        assertThat(publisher.send("POST", NODES + page + "/main/0", properties(property("title", "Neu")))
                .statusCode()).isEqualTo(200);
        JsonNode pageMeta = editor.node(page, "includeMetadata=true");
        assertThat(values(pageMeta, "mgnl:lastModifiedBy")).containsExactly(PUBLISHER);
        assertThat(values(pageMeta, "mgnl:lastModified").get(0)).isNotEqualTo(before);
        assertThat(values(editor.node(page + "/main/0", "includeMetadata=true"), "mgnl:lastModifiedBy"))
                .containsExactly(PUBLISHER);
    }

    @Test
    void valuesAreStoredWithTheTypeTheirDialogFieldDeclares() {
        String component = page("Typen") + "/main/0";
        HttpResponse<String> response = update(component, property("count", "42"), property("price", "2.5"),
                property("active", "true"), property("day", "2026-12-24"), property("colour", "blue"),
                property("tags", "a", "b"), property("email", "amt@merseburg.de"), property("code", "ABC-12"),
                property("title_en", "Types"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode node = editor.node(component, null);
        assertThat(type(node, "count")).isEqualTo("Long");
        assertThat(type(node, "price")).isEqualTo("Double");
        assertThat(type(node, "active")).isEqualTo("Boolean");
        assertThat(type(node, "day")).isEqualTo("Date");
        assertThat(values(node, "day").get(0)).startsWith("2026-12-24T00:00:00.000+01:00");
        assertThat(values(node, "tags")).containsExactly("a", "b");
        assertThat(values(node, "title_en")).containsExactly("Types");
    }

    static Stream<Arguments> invalidProperties() {
        return Stream.of(
                Arguments.of(property("title"), "title", "Bitte füllen Sie dieses Feld aus."),
                Arguments.of(property("title", "x".repeat(21)), "title", "höchstens 20 Zeichen"),
                Arguments.of(property("title_en", "x".repeat(21)), "title_en", "höchstens 20 Zeichen"),
                Arguments.of(property("count", "viele"), "count", "ganze Zahl"),
                Arguments.of(property("count", "2.5"), "count", "ganze Zahl"),
                Arguments.of(property("price", "zwei"), "price", "eine Zahl"),
                Arguments.of(property("active", "ja"), "active", "true oder false"),
                Arguments.of(property("day", "24.12.2026"), "day", "Datum"),
                Arguments.of(property("colour", "green"), "colour", "vorgegebenen Werte: red, blue"),
                Arguments.of(property("tags", "a", "z"), "tags", "vorgegebenen Werte: a, b"),
                Arguments.of(property("colour", "red", "blue"), "colour", "nur einen Wert"),
                Arguments.of(property("email", "keine-adresse"), "email", "gültige E-Mail-Adresse"),
                Arguments.of(property("code", "abc-12"), "code", "Bitte im Format ABC-12 eingeben."),
                Arguments.of(property("unbekannt", "x"), "unbekannt", "gibt es im Dialog „Testformular“ nicht"),
                Arguments.of(property("mgnl:lastModifiedBy", "x"), "mgnl:lastModifiedBy", "setzt das Portal selbst"),
                Arguments.of(property("jcr:uuid", "x"), "jcr:uuid", "setzt das Portal selbst"),
                Arguments.of(property("mgnl:template", "gibt-es:nicht"), "mgnl:template", "Vorlage"),
                Arguments.of("{\"name\":\"count\",\"type\":\"Boolean\",\"values\":[\"true\"]}", "count",
                        "erwartet den Typ Long"));
    }

    @ParameterizedTest
    @MethodSource("invalidProperties")
    void eachDialogRuleRefusesWithItsFieldAndNothingIsWritten(String property, String field, String message) {
        String component = page("Prüfung") + "/main/0";
        String etag = editor.get(NODES + component).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> response = editor.send("POST", NODES + component,
                properties(property("note", "gültig"), property));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json(response.body());
        assertThat(body.get("error").get("code").asString()).isEqualTo("validation");
        assertThat(body.get("error").get("message").asString()).isNotBlank();
        assertThat(body.get("fieldErrors")).hasSize(1);
        assertThat(body.get("fieldErrors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(body.get("fieldErrors").get(0).get("message").asString()).contains(message);
        assertThat(editor.get(NODES + component).headers().firstValue("ETag")).as("unchanged").contains(etag);
        assertThat(values(editor.node(component, null), "note")).as("valid part not written either").isNull();
    }

    @Test
    void creatingAPageChecksItsRealDialogAndNestedComponentsWithTheirPath() {
        String body = "{\"name\":\"" + unique("ohne-titel") + "\",\"type\":\"mgnl:page\",\"properties\":["
                + property("mgnl:template", "portal-theme:pages/content") + "," + property("hideInNav", "vielleicht")
                + "],\"nodes\":[{\"name\":\"main\",\"type\":\"mgnl:area\",\"nodes\":[{\"name\":\"0\",\"type\":"
                + "\"mgnl:component\",\"properties\":[" + property("mgnl:template", "portal-theme:components/contactBox")
                + "," + property("postalCode", "061") + "]}]}]}";
        HttpResponse<String> response = editor.send("PUT", NODES, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response.body()).get("fieldErrors").forEach(e -> fields.add(e.get("field").asString() + ": "
                + e.get("message").asString()));
        assertThat(fields).containsExactlyInAnyOrder("hideInNav: Bitte geben Sie true oder false an.",
                "main/0/postalCode: Bitte eine fünfstellige Postleitzahl eingeben.",
                "title: Bitte füllen Sie dieses Feld aus.");
    }

    @Test
    void legacyFormWithTabsAndValidatorClassesIsChecked() {
        String page = page("Alt");
        String body = "{\"name\":\"1\",\"type\":\"mgnl:component\",\"properties\":["
                + property("mgnl:template", "authoring-fixture:components/legacy") + "," + property("mail", "x") + "]}";
        HttpResponse<String> response = editor.send("PUT", NODES + page + "/main", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"headline\"", "\"field\":\"mail\"", "Keine E-Mail-Adresse.");
        assertThat(editor.get(NODES + page + "/main/1").statusCode()).isEqualTo(404);
    }

    @Test
    void staleIfMatchIsRefusedWith412AndNothingIsWritten() {
        String page = page("Version A");
        String etag = editor.get(NODES + page).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> first = editor.send("POST", NODES + page, properties(property("title", "Version B")),
                "If-Match", etag);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String fresh = first.headers().firstValue("ETag").orElseThrow();
        assertThat(fresh).isNotEqualTo(etag);

        HttpResponse<String> stale = editor.send("POST", NODES + page, properties(property("title", "Version C")),
                "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale.body()).get("error").get("code").asString()).isEqualTo("preconditionFailed");
        assertThat(values(editor.node(page, null), "title")).containsExactly("Version B");

        assertThat(editor.send("DELETE", NODES + page, null, "If-Match", etag).statusCode()).isEqualTo(412);
        assertThat(editor.send("PUT", NODES + page + "/main", "{\"name\":\"9\",\"type\":\"mgnl:component\"}",
                "If-Match", "\"veraltet\"").statusCode()).isEqualTo(412);
        assertThat(editor.get(NODES + page).statusCode()).isEqualTo(200);
        assertThat(editor.get(NODES + page + "/main/9").statusCode()).isEqualTo(404);

        assertThat(editor.send("POST", NODES + page, properties(property("title", "Version C")), "If-Match", fresh)
                .statusCode()).isEqualTo(200);
        // a change of a component makes the page's ETag stale too
        String pageTag = editor.get(NODES + page).headers().firstValue("ETag").orElseThrow();
        update(page + "/main/0", property("count", "7"));
        assertThat(editor.send("POST", NODES + page, properties(property("title", "D")), "If-Match", pageTag)
                .statusCode()).isEqualTo(412);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"name\":\"x\",", "invalidJson"),
                Arguments.of("", "invalidJson"),
                Arguments.of("[]", "invalidShape"),
                Arguments.of("{\"name\":\"x\",\"name\":\"y\"}", "invalidJson"),
                Arguments.of("{\"name\":\"x\",\"properties\":{}}", "invalidShape"),
                Arguments.of("{\"name\":\"x\",\"properties\":[{\"name\":\"title\",\"values\":\"a\"}]}", "invalidShape"),
                Arguments.of("{\"name\":\"x\",\"properties\":[{\"name\":\"title\",\"values\":[{}]}]}", "invalidShape"),
                Arguments.of("{\"name\":\"x\",\"properties\":[{\"name\":\"t\",\"values\":[\"a\",\"b\"]}]}",
                        "invalidShape"),
                Arguments.of("{\"name\":\"x\",\"farbe\":\"rot\"}", "invalidShape"),
                Arguments.of("{\"properties\":[]}", "invalidShape"),
                Arguments.of("{\"name\":\"..\"}", "invalidRequest"),
                Arguments.of("{\"name\":\"a:b\"}", "invalidRequest"),
                Arguments.of("{\"name\":\"x\",\"type\":\"rep:User\"}", "invalidRequest"),
                Arguments.of("{\"name\":\"x\",\"type\":\"nt:file\"}", "invalidRequest"),
                Arguments.of("{\"name\":\"x\",\"properties\":[{\"name\":\"d\",\"type\":\"Binary\",\"values\":[\"a\"]}]}",
                        "validation"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badRequestsAreRefusedWithMagnoliaErrorJsonAndNothingIsWritten(String body, String code) {
        String page = page("Schlecht");
        String etag = editor.get(NODES + page).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> response = editor.send("PUT", NODES + page, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response.body()).get("error").get("code").asString()).isEqualTo(code);
        assertThat(editor.get(NODES + page).headers().firstValue("ETag")).contains(etag);
        assertThat(editor.node(page, "depth=1").get("nodes")).hasSize(1);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeParsing() {
        String page = page("Groß");
        String body = properties(property("title", "x".repeat(BODY_LIMIT)));
        HttpResponse<String> response = editor.send("POST", NODES + page, body);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response.body()).get("error").get("code").asString()).isEqualTo("payloadTooLarge");
        assertThat(values(editor.node(page, null), "title")).containsExactly("Groß");
        // a body within the limit is read
        String fits = properties(property("description", "y".repeat(200)));
        assertThat(editor.send("POST", NODES + page, fits).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownWorkspacesPathsAndNameCollisionsAnswerWithTheirStatus() {
        String page = page("Namen");
        HttpResponse<String> workspace = editor.get("/.rest/nodes/v1/versions/x");
        assertThat(workspace.statusCode()).isEqualTo(404);
        assertThat(json(workspace.body()).get("error").get("code").asString()).isEqualTo("workspaceNotFound");
        assertThat(editor.get(NODES + "/gibt-es-nicht").statusCode()).isEqualTo(404);
        assertThat(editor.send("POST", NODES + "/gibt-es-nicht", properties(property("title", "x"))).statusCode())
                .isEqualTo(404);
        assertThat(editor.send("DELETE", NODES + "/gibt-es-nicht", null).statusCode()).isEqualTo(404);
        HttpResponse<String> collision = editor.send("PUT", NODES + page, "{\"name\":\"main\",\"type\":\"mgnl:area\"}");
        assertThat(collision.statusCode()).isEqualTo(409);
        assertThat(json(collision.body()).get("error").get("message").asString()).contains("schon");
    }
}
