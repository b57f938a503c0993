package de.serviceportal.authoring;

import static de.serviceportal.authoring.AuthoringApi.NODES;
import static de.serviceportal.authoring.AuthoringApi.json;
import static de.serviceportal.authoring.AuthoringApi.properties;
import static de.serviceportal.authoring.AuthoringApi.property;
import static de.serviceportal.authoring.AuthoringApi.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Commands, versions, audit and access rules of the authoring API over real HTTP. */
class CommandsAndVersionsTest extends AuthoringPortalTest {

    private static final String VERSIONS = "/.rest/versions/v1/website";
    private static final String DELIVERY = "/.rest/delivery/pages/v1";

    private static String command(String path, String... more) {
        StringBuilder json = new StringBuilder("{\"path\":\"" + path + "\"");
        for (int i = 0; i + 1 < more.length; i += 2) {
            json.append(",\"").append(more[i]).append("\":")
                    .append(more[i + 1].equals("true") ? "true" : "\"" + more[i + 1] + "\"");
        }
        return json.append("}").toString();
    }

    private List<String> children(String path) {
        List<String> names = new ArrayList<>();
        editor.node(path, "depth=1").get("nodes").forEach(n -> names.add(n.get("name").asString()));
        return names;
    }

    private String subpage(String parent, String name) {
        HttpResponse<String> created = editor.send("PUT", NODES + parent, "{\"name\":\"" + name
                + "\",\"type\":\"mgnl:page\",\"properties\":[" + property("mgnl:template", "portal-theme:pages/content")
                + "," + property("title", name) + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parent + "/" + name;
    }

    @Test
    void orderPutsANodeBeforeOrAfterASibling() {
        String page = page("Reihenfolge");
        subpage(page, "a");
        subpage(page, "b");
        subpage(page, "c");
        assertThat(children(page)).containsExactly("main", "a", "b", "c");
        HttpResponse<String> before = editor.command("order", command(page + "/c", "before", "a"));
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(children(page)).containsExactly("main", "c", "a", "b");
        assertThat(editor.command("order", command(page + "/main", "after", "b")).statusCode()).isEqualTo(200);
        assertThat(children(page)).containsExactly("c", "a", "b", "main");
        assertThat(editor.command("order", command(page + "/a", "before", "fehlt")).statusCode()).isEqualTo(400);
        assertThat(editor.command("order", command(page + "/a")).statusCode()).isEqualTo(400);
    }

    @Test
    void moveKeepsTheIdentifierAndRefusesCollisionsAndCycles() {
        String from = page("Von");
        String to = page("Nach");
        String moving = subpage(from, "wandert");
        String id = editor.node(moving, null).get("identifier").asString();
        HttpResponse<String> moved = editor.command("move", command(moving, "destination", to));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved.body()).get("path").asString()).isEqualTo(to + "/wandert");
        assertThat(editor.node(to + "/wandert", null).get("identifier").asString()).isEqualTo(id);
        assertThat(editor.get(NODES + moving).statusCode()).isEqualTo(404);

        subpage(from, "wandert");
        HttpResponse<String> collision = editor.command("move", command(from + "/wandert", "destination", to));
        assertThat(collision.statusCode()).isEqualTo(409);
        assertThat(editor.get(NODES + from + "/wandert").statusCode()).isEqualTo(200);
        assertThat(editor.command("move", command(to, "destination", to + "/wandert")).statusCode()).isEqualTo(400);
        assertThat(editor.command("move", command(to, "destination", "/fehlt")).statusCode()).isEqualTo(404);
        assertThat(editor.command("move", command(to)).statusCode()).isEqualTo(400);
        assertThat(editor.command("springen", command(to)).statusCode()).isEqualTo(404);
    }

    @Test
    void aPublishedChangeIsVisibleAnonymouslyOnlyAfterThePublishCommand() {
        String page = page("Eins");
        AuthoringApi citizen = AuthoringApi.anonymous(port);
        assertThat(citizen.get(DELIVERY + page).statusCode()).as("drafts are not delivered").isEqualTo(404);
        HttpResponse<String> published = publisher.command("publish", command(page, "recursive", "true",
                "comment", "erste Fassung"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(citizen.get(DELIVERY + page).body()).get("title").asString()).isEqualTo("Eins");

        assertThat(update(page, property("title", "Zwei")).statusCode()).isEqualTo(200);
        assertThat(json(citizen.get(DELIVERY + page).body()).get("title").asString()).isEqualTo("Eins");
        assertThat(publisher.command("publish", command(page)).statusCode()).isEqualTo(200);
        assertThat(json(citizen.get(DELIVERY + page).body()).get("title").asString()).isEqualTo("Zwei");

        assertThat(publisher.command("unpublish", command(page)).statusCode()).isEqualTo(200);
        assertThat(citizen.get(DELIVERY + page).statusCode()).isEqualTo(404);
        assertThat(publisher.command("unpublish", command(page)).statusCode()).as("not live").isEqualTo(409);
        assertThat(publisher.command("publish", command("/fehlt")).statusCode()).isEqualTo(404);
        assertThat(publisher.command("publish", command(page + "/main/0")).statusCode()).isEqualTo(400);
    }

    @Test
    void deleteIsRefusedWhileLiveAndKeepsAVersionThatRestoresTheItem() {
        String live = page("Veröffentlicht");
        String child = subpage(live, "kind");
        assertThat(publisher.command("publish", command(live, "recursive", "true")).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = editor.send("DELETE", NODES + live, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused.body()).get("error").get("message").asString()).contains("veröffentlicht");
        assertThat(editor.get(NODES + live).statusCode()).isEqualTo(200);

        // a draft page that is not live itself but holds a live subpage (moved there in the draft)
        String page = page("Löschen");
        String id = editor.node(page, null).get("identifier").asString();
        assertThat(editor.command("move", command(child, "destination", page)).statusCode()).isEqualTo(200);
        HttpResponse<String> below = editor.send("DELETE", NODES + page, null);
        assertThat(below.statusCode()).isEqualTo(409);
        assertThat(json(below.body()).get("error").get("message").asString()).contains("kind");
        assertThat(editor.get(NODES + page + "/kind").statusCode()).isEqualTo(200);

        assertThat(publisher.command("unpublish", command(live)).statusCode()).isEqualTo(200);
        assertThat(editor.send("DELETE", NODES + page, null).statusCode()).isEqualTo(204);
        assertThat(editor.get(NODES + page).statusCode()).isEqualTo(404);
        assertThat(editor.get(VERSIONS + page).statusCode()).as("deleted: needs its identifier").isEqualTo(404);
        HttpResponse<String> list = editor.get(VERSIONS + page + "?identifier=" + id);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode latest = json(list.body()).get(0);
        assertThat(latest.get("reason").asString()).isEqualTo("DELETE");
        assertThat(latest.get("createdBy").asString()).isEqualTo(EDITOR);
        assertThat(latest.get("path").asString()).isEqualTo(page);

        HttpResponse<String> restored = editor.send("POST", VERSIONS + page + "/restore?identifier=" + id,
                "{\"version\":" + latest.get("number").asInt() + "}");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        JsonNode back = editor.node(page, "depth=2");
        assertThat(back.get("identifier").asString()).isEqualTo(id);
        assertThat(values(back, "title")).containsExactly("Löschen");
        assertThat(values(back.get("nodes").get(0).get("nodes").get(0), "title")).containsExactly("Komponente");
    }

    @Test
    void deletingAComponentKeepsAVersionOfItsPage() {
        String page = page("Komponente weg");
        HttpResponse<String> ofComponent = editor.get(VERSIONS + page + "/main/0");
        assertThat(ofComponent.statusCode()).as("versions belong to the page").isEqualTo(400);
        assertThat(json(ofComponent.body()).get("error").get("message").asString()).contains("Seiten");
        assertThat(editor.send("DELETE", NODES + page + "/main/0", null).statusCode()).isEqualTo(204);
        JsonNode versions = json(editor.get(VERSIONS + page).body());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("reason").asString()).isEqualTo("DELETE");
        JsonNode diff = json(editor.get(VERSIONS + page + "?compare=1,draft").body());
        assertThat(diff.get("structure").get(0).get("path").asString()).isEqualTo("main/0");
        assertThat(diff.get("structure").get(0).get("kind").asString()).isEqualTo("REMOVED");
    }

    @Test
    void versionsAreListedComparedAndRestoredThroughRest() {
        String page = page("A");
        assertThat(publisher.command("publish", command(page, "comment", "erste")).statusCode()).isEqualTo(200);
        update(page, property("title", "B"));
        assertThat(publisher.command("publish", command(page, "comment", "zweite")).statusCode()).isEqualTo(200);
        update(page, property("title", "C"));

        JsonNode list = json(editor.get(VERSIONS + page).body());
        assertThat(list).extracting(v -> v.get("number").asInt()).containsExactly(2, 1);
        assertThat(list.get(0).get("reason").asString()).isEqualTo("PUBLISH");
        assertThat(list.get(0).get("comment").asString()).isEqualTo("zweite");
        assertThat(list.get(0).get("createdBy").asString()).isEqualTo(PUBLISHER);
        assertThat(list.get(0).get("created").asString()).isNotBlank();

        JsonNode between = json(editor.get(VERSIONS + page + "?compare=1,2").body());
        assertThat(between.get("properties")).hasSize(1);
        assertThat(between.get("properties").get(0).get("name").asString()).isEqualTo("title");
        assertThat(between.get("properties").get(0).get("before").asString()).isEqualTo("A");
        assertThat(between.get("properties").get(0).get("after").asString()).isEqualTo("B");
        JsonNode withDraft = json(editor.get(VERSIONS + page + "?compare=2,draft").body());
        assertThat(withDraft.get("properties").get(0).get("after").asString()).isEqualTo("C");
        assertThat(editor.get(VERSIONS + page + "?compare=1,9").statusCode()).isEqualTo(404);
        assertThat(editor.get(VERSIONS + page + "?compare=x").statusCode()).isEqualTo(400);

        HttpResponse<String> restored = editor.send("POST", VERSIONS + page + "/restore", "{\"version\":1}");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(values(editor.node(page, null), "title")).containsExactly("A");
        JsonNode after = json(editor.get(VERSIONS + page).body());
        assertThat(after.get(0).get("reason").asString()).isEqualTo("RESTORE");
        assertThat(editor.send("POST", VERSIONS + page + "/restore", "{\"version\":99}").statusCode())
                .isEqualTo(404);
        assertThat(editor.send("POST", VERSIONS + page + "/restore", "{\"version\":\"eins\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void everyChangeIsAuditedWithActorActionAndPropertyNames() {
        String page = page("Protokoll");
        update(page, property("title", "Neu"), property("navigationTitle", "N"));
        update(page + "/main/0", property("count", "3"));
        editor.command("order", command(page + "/main", "before", "main"));
        editor.send("DELETE", NODES + page + "/main/0", null);
        HttpResponse<String> response = editor.get("/.rest/audit/v1/website" + page);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        json(response.body()).forEach(e -> rows.add(e.get("actor").asString() + " " + e.get("action").asString()
                + " " + e.get("path").asString() + " " + e.get("details").asString()));
        assertThat(rows).contains(EDITOR + " UPDATE " + page + " title, navigationTitle",
                EDITOR + " UPDATE " + page + "/main/0 count", EDITOR + " DELETE " + page + "/main/0 0");
        assertThat(rows).anyMatch(row -> row.startsWith(EDITOR + " CREATE " + page + " mgnl:template, title, main"));
        assertThat(editor.get("/.rest/audit/v1/website" + page + "?limit=1").body()).doesNotContain("CREATE");
    }

    @Test
    void accessDependsOnTheRoleAndStateChangesNeedTheCsrfToken() {
        String page = page("Rechte");
        AuthoringApi anonymous = AuthoringApi.anonymous(port);
        for (String path : List.of(NODES + page, VERSIONS + page, "/.rest/audit/v1/website" + page)) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.send("POST", NODES + page, properties(property("title", "x"))).statusCode())
                .isIn(401, 403);

        AuthoringApi clerk = AuthoringApi.as(port, CLERK, PASSWORD);
        assertThat(clerk.get(NODES + page).statusCode()).isEqualTo(403);
        assertThat(clerk.get(VERSIONS + page).statusCode()).isEqualTo(403);
        assertThat(clerk.send("POST", NODES + page, properties(property("title", "Sachbearbeitung")))
                .statusCode()).isEqualTo(403);
        assertThat(clerk.command("publish", command(page)).statusCode()).isEqualTo(403);

        assertThat(editor.command("publish", command(page)).statusCode()).isEqualTo(403);
        assertThat(editor.command("unpublish", command(page)).statusCode()).isEqualTo(403);
        assertThat(publisher.command("publish", command(page)).statusCode()).isEqualTo(200);

        // the same editor session without the token
        HttpResponse<String> noToken = editor.http.send("POST", NODES + page,
                properties(property("title", "ohne Token")));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(editor.http.send("DELETE", NODES + page + "/main/0", null).statusCode()).isEqualTo(403);
        assertThat(values(editor.node(page, null), "title")).containsExactly("Rechte");
        assertThat(editor.get(NODES + page + "/main/0").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionListsTheAuthoringAndDeliveryPaths() {
        HttpResponse<String> docs = AuthoringApi.anonymous(port).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs.body()).get("paths");
        List<String> names = new ArrayList<>(paths.propertyNames());
        assertThat(names).anyMatch(p -> p.startsWith("/.rest/nodes/v1/{workspace}"))
                .anyMatch(p -> p.startsWith("/.rest/commands/v2/{workspace}/{command}"))
                .anyMatch(p -> p.startsWith("/.rest/versions/v1/{workspace}"))
                .anyMatch(p -> p.startsWith("/.rest/audit/v1/{workspace}"))
                .anyMatch(p -> p.startsWith("/.rest/delivery/{endpoint}/v1"));
        JsonNode nodes = paths.get(names.stream().filter(p -> p.startsWith("/.rest/nodes/v1/")).findFirst()
                .orElseThrow());
        assertThat(nodes.has("get") && nodes.has("put") && nodes.has("post") && nodes.has("delete")).isTrue();
        assertThat(nodes.get("put").get("tags").get(0).asString()).isEqualTo("Nodes");
    }
}
