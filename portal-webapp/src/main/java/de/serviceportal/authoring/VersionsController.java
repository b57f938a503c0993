package de.serviceportal.authoring;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.publishing.ContentAudit;
import de.serviceportal.publishing.ContentDiff;
import de.serviceportal.publishing.Versions;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * Versions of a content item: the list, a comparison of two versions or of a version with the draft, and
 * restoring a version. A deleted item is addressed by its former path plus {@code identifier}.
 */
@RestController
@Tag(name = "Versions", description = "Versionen auflisten, vergleichen und wiederherstellen")
class VersionsController {

    static final String PREFIX = "/.rest/versions/v1/";
    private static final String RESTORE = "/restore";

    private final ContentStages stages;
    private final Versions versions;
    private final ContentAudit audit;
    private final JsonBody body;

    VersionsController(ContentStages stages, Versions versions, ContentAudit audit, JsonBody body) {
        this.stages = stages;
        this.versions = versions;
        this.audit = audit;
        this.body = body;
    }

    @Operation(summary = "Versionen auflisten oder vergleichen", description = "Ohne compare: die Versionen, "
            + "neueste zuerst. compare=a,b: Unterschiede von Version a zu b; compare=a oder compare=a,draft: von "
            + "Version a zum aktuellen Entwurf. identifier: für gelöschte Inhalte.")
    @GetMapping(path = PREFIX + "{workspace}/**", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> read(@PathVariable String workspace, @RequestParam(required = false) String compare,
            @RequestParam(required = false) String identifier, HttpServletRequest request) {
        ContentAddress address = ContentAddress.of(request, PREFIX, workspace);
        String id = identifier(address, identifier);
        Object answer;
        if (compare == null) {
            answer = versions.list(id).stream().map(VersionsController::version).toList();
        } else {
            String[] numbers = compare.split(",", -1);
            if (numbers.length > 2) {
                throw AuthoringException.badRequest("compare erwartet „a,b“ oder „a,draft“.");
            }
            int from = number(numbers[0]);
            ContentDiff diff = numbers.length == 1 || "draft".equals(numbers[1].trim())
                    ? versions.compareWithDraft(id, from) : versions.compare(id, from, number(numbers[1]));
            answer = diff;
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    @Operation(summary = "Version wiederherstellen", description = "POST …/{path}/restore mit {\"version\": n}; "
            + "der aktuelle Entwurf wird vorher als Version gespeichert.")
    @PostMapping(path = PREFIX + "{workspace}/**", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> restore(@PathVariable String workspace,
            @RequestParam(required = false) String identifier, Principal principal, HttpServletRequest request) {
        ContentAddress target = ContentAddress.of(request, PREFIX, workspace);
        if (!target.path().endsWith(RESTORE)) {
            throw new AuthoringException(HttpStatus.NOT_FOUND, "commandNotFound",
                    "Versionen werden mit POST …/restore wiederhergestellt.");
        }
        String path = target.path().substring(0, target.path().length() - RESTORE.length());
        ContentAddress address = new ContentAddress(workspace, path);
        JsonNode json = body.read(request);
        JsonFields.onlyKnown(json, java.util.Set.of("version"), "der Wiederherstellung");
        JsonNode version = json.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw JsonFields.shape("Erwartet wird {\"version\": n}.");
        }
        String id = identifier(address, identifier);
        Versions.Version restored = versions.restore(id, version.asInt(), Actors.of(principal));
        audit.record(Actors.of(principal), "RESTORE", workspace, address.path(), id,
                "Version " + restored.number());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("path", address.path());
        answer.put("identifier", id);
        answer.put("restored", restored.number());
        return ResponseEntity.ok(answer);
    }

    /** The identifier of the node at the address, or the given one if its versions lived in this workspace. */
    private String identifier(ContentAddress address, String identifier) {
        String current = stages.draft().read(session -> {
            if (!session.nodeExists(address.repositoryPath())) {
                return null;
            }
            javax.jcr.Node node = session.getNode(address.repositoryPath());
            if (!node.isNodeType("mgnl:content")) {
                throw AuthoringException.badRequest("Versionen gibt es von Seiten, Ordnern und Assets; „"
                        + address.path() + "“ ist Teil davon.");
            }
            return node.getIdentifier();
        });
        if (current != null) {
            return current;
        }
        if (identifier != null) {
            List<Versions.Version> list = versions.list(identifier);
            if (!list.isEmpty() && address.workspace().equals(Workspaces.workspaceOf(list.get(0).path()))) {
                return identifier;
            }
        }
        throw AuthoringException.notFound(address.path());
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw AuthoringException.badRequest("„" + text + "“ ist keine Versionsnummer.");
        }
    }

    private static Map<String, Object> version(Versions.Version version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", version.number());
        json.put("created", version.created().toString());
        json.put("createdBy", version.createdBy());
        json.put("reason", version.reason().name());
        json.put("comment", version.comment());
        json.put("title", version.title());
        json.put("path", Workspaces.toWorkspacePath(version.path()));
        return json;
    }
}
