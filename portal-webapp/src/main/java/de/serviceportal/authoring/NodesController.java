package de.serviceportal.authoring;

import java.net.URI;
import java.security.Principal;
import java.util.Map;

import javax.jcr.Node;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.ContentStages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Magnolia's Nodes API on the draft store: read, create (PUT below a parent), update (POST) and delete nodes of a
 * workspace. Writes are validated against the node's dialog; {@code If-Match} with the ETag of a read makes them
 * conditional (412 if someone else changed the node meanwhile).
 */
@RestController
@Tag(name = "Nodes", description = "Entwürfe lesen und bearbeiten (Magnolia Nodes API)")
class NodesController {

    static final String PREFIX = "/.rest/nodes/v1/";
    private static final String PATH = PREFIX + "{workspace}/**";

    private final ContentRepository draft;
    private final NodeEditor editor;
    private final JsonBody body;

    NodesController(ContentStages stages, NodeEditor editor, JsonBody body) {
        this.draft = stages.draft();
        this.editor = editor;
        this.body = body;
    }

    @Operation(summary = "Knoten lesen", description = "depth: Ebenen der Kindknoten (0–" + NodeJson.MAX_DEPTH
            + "); includeMetadata: auch mgnl:/jcr:-Eigenschaften. Der ETag-Header dient als If-Match für Änderungen.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> read(@PathVariable String workspace,
            @RequestParam(defaultValue = "0") int depth, @RequestParam(defaultValue = "false") boolean includeMetadata,
            HttpServletRequest request) {
        ContentAddress address = ContentAddress.of(request, PREFIX, workspace);
        return node(address, Math.max(0, Math.min(depth, NodeJson.MAX_DEPTH)), includeMetadata).build();
    }

    @Operation(summary = "Kindknoten anlegen", description = "Legt unter {path} einen Knoten aus dem JSON an "
            + "(name, type, properties, nodes); 201 mit Location.")
    @PutMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@PathVariable String workspace,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal principal,
            HttpServletRequest request) {
        ContentAddress parent = ContentAddress.of(request, PREFIX, workspace);
        NodeEditor.Change change = editor.create(parent, input(request, true), ifMatch, Actors.of(principal));
        ContentAddress created = new ContentAddress(workspace, change.path());
        return node(created, 0, false).created(URI.create(PREFIX + workspace
                + UriUtils.encodePath(created.path(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Operation(summary = "Knoten ändern", description = "Setzt die angegebenen Eigenschaften (leere values "
            + "entfernen eine Eigenschaft) und legt angegebene Kindknoten an oder ändert sie.")
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> update(@PathVariable String workspace,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal principal,
            HttpServletRequest request) {
        ContentAddress address = ContentAddress.of(request, PREFIX, workspace);
        editor.update(address, input(request, false), ifMatch, Actors.of(principal));
        return node(address, 0, false).build();
    }

    @Operation(summary = "Knoten löschen", description = "Speichert vorher eine Version; veröffentlichte Inhalte "
            + "müssen zuerst zurückgezogen werden (409).")
    @DeleteMapping(path = PATH)
    ResponseEntity<Void> delete(@PathVariable String workspace,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal principal,
            HttpServletRequest request) {
        editor.delete(ContentAddress.of(request, PREFIX, workspace), ifMatch, Actors.of(principal));
        return ResponseEntity.noContent().build();
    }

    private NodeInput input(HttpServletRequest request, boolean nameRequired) {
        return NodeInput.parse(body.read(request), nameRequired);
    }

    /** The node's JSON and ETag, ready for a status. */
    private Reply node(ContentAddress address, int depth, boolean includeMetadata) {
        return draft.read(session -> {
            Node node = NodeEditor.existing(session, address);
            return new Reply(NodeJson.write(node, depth, includeMetadata), NodeState.etag(node));
        });
    }

    private record Reply(Map<String, Object> json, String etag) {

        ResponseEntity<Map<String, Object>> build() {
            return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noStore()).body(json);
        }

        ResponseEntity<Map<String, Object>> created(URI location) {
            return ResponseEntity.created(location).eTag(etag).cacheControl(CacheControl.noStore()).body(json);
        }
    }
}
