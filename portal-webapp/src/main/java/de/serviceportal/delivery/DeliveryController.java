package de.serviceportal.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.Session;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import de.serviceportal.caching.ContentReads;
import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.publishing.Audience;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;
import de.serviceportal.rest.ErrorJson;
import de.serviceportal.search.ContentSearch;
import de.serviceportal.sites.Site;
import de.serviceportal.sites.SiteRegistry;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Magnolia-style delivery endpoints declared in light modules: {@code GET /.rest/delivery/{endpoint}/v1/{path}}
 * reads a node, {@code …/{path}@nodes} its children, {@code GET /.rest/delivery/{endpoint}/v1?…} queries.
 * {@code ?model=page} on a page gives the page model for headless front ends. Responses carry an ETag (304 on
 * If-None-Match) and Last-Modified; {@code Cache-Control: no-cache} (the page cache sets its own for anonymous callers).
 */
@RestController
class DeliveryController {

    static final String PREFIX = "/.rest/delivery/";
    private static final String NODES = "@nodes";

    private final DeliveryEndpoints endpoints;
    private final ContentStages stages;
    private final IdentifierLookup lookup;
    private final SiteRegistry sites;
    private final LightModuleRegistry registry;
    private final ContentSearch search;
    private final JsonMapper json = JsonMapper.builder().build();

    DeliveryController(DeliveryEndpoints endpoints, ContentStages stages, IdentifierLookup lookup,
            SiteRegistry sites, LightModuleRegistry registry, ContentSearch search) {
        this.search = search;
        this.endpoints = endpoints;
        this.stages = stages;
        this.lookup = lookup;
        this.sites = sites;
        this.registry = registry;
    }

    @Operation(summary = "Abfrage eines Auslieferungs-Endpunkts",
            description = "Filter eigenschaft[op]=wert mit eq, ne, lt, lte, gt, gte, like (%), in, not-in "
                    + "(Listen mit |, Bereiche a~b), null; q, orderBy, offset, limit, lang, @ancestor, @name.")
    @GetMapping(path = "/.rest/delivery/{endpoint}/v1", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> query(@PathVariable String endpoint, HttpServletRequest request) {
        DeliveryEndpoint definition = endpoint(endpoint);
        NodeQuery query = new NodeQuery(definition, request.getParameterMap(), search);
        checkLanguage(query.lang());
        ContentReads.subtree(Workspaces.toRepositoryPath(definition.workspace(), definition.workspacePath("/")));
        return respond(request, repository().read(session -> {
            NodeWriter writer = writer(session, definition, query.lang());
            return new Answer(query.run(session, writer), writer.newest());
        }));
    }

    @Operation(summary = "Knoten eines Auslieferungs-Endpunkts lesen",
            description = "{path} relativ zum rootPath des Endpunkts; mit angehängtem @nodes nur die Kinder; "
                    + "model=page liefert das Seitenmodell mit Bereichen und Komponenten.")
    @GetMapping(path = "/.rest/delivery/{endpoint}/v1/**", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> read(@PathVariable String endpoint,
            HttpServletRequest request) {
        DeliveryEndpoint definition = endpoint(endpoint);
        String prefix = PREFIX + endpoint + "/v1";
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = UriUtils.decode(uri.substring(Math.min(uri.length(), prefix.length())), StandardCharsets.UTF_8);
        if (path.isEmpty() || "/".equals(path)) {
            return query(endpoint, request);
        }
        boolean childrenOnly = path.endsWith(NODES);
        String relative = childrenOnly ? path.substring(0, path.length() - NODES.length()) : path;
        if (relative.length() > 1 && relative.endsWith("/")) {
            relative = relative.substring(0, relative.length() - 1);
        }
        String lang = request.getParameter("lang");
        checkLanguage(lang);
        String model = request.getParameter("model");
        if (model != null && !("page".equals(model) && Workspaces.WEBSITE.equals(definition.workspace()))) {
            throw DeliveryException.invalidParameter("model", "nur model=page auf Endpunkten für Seiten");
        }
        String workspacePath = definition.workspacePath(relative.isEmpty() ? "/" : relative);
        String shown = relative;
        // the node, its children and descendants as deep as shown; found or not
        ContentReads.subtree(Workspaces.toRepositoryPath(definition.workspace(), workspacePath));
        return respond(request, repository().read(session -> {
            Node node;
            try {
                node = session.getNode(Workspaces.toRepositoryPath(definition.workspace(), workspacePath));
            } catch (PathNotFoundException | IllegalArgumentException e) {
                throw pathNotFound(shown);
            } catch (javax.jcr.RepositoryException e) {
                if (e.getCause() instanceof IllegalArgumentException) {
                    throw pathNotFound(shown); // not a valid JCR path at all
                }
                throw e;
            }
            NodeWriter writer = writer(session, definition, lang);
            Object body;
            if (childrenOnly) {
                List<Object> children = new java.util.ArrayList<>();
                for (Node child : writer.children(node)) {
                    children.add(writer.write(child, Math.max(0, definition.depth() - 1)));
                }
                body = children;
            } else if (model != null) {
                if (!node.isNodeType("mgnl:page")) {
                    throw DeliveryException.invalidParameter("model", "'" + shown + "' ist keine Seite");
                }
                body = new PageModel(writer, registry.current(), sites.owning(workspacePath)).page(node);
            } else {
                body = writer.write(node, definition.depth());
            }
            return new Answer(body, writer.newest());
        }));
    }

    @ExceptionHandler(DeliveryException.class)
    ResponseEntity<Map<String, Object>> error(DeliveryException e) {
        return ErrorJson.response(e.status(), e.code(), e.getMessage());
    }

    private record Answer(Object body, Instant lastModified) {
    }

    private ResponseEntity<byte[]> respond(HttpServletRequest request, Answer answer) {
        byte[] bytes = json.writeValueAsBytes(answer.body());
        String etag = "\"" + hash(bytes) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl("no-cache");
        if (answer.lastModified() != null) {
            headers.setLastModified(answer.lastModified().truncatedTo(ChronoUnit.SECONDS));
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::trim)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).anyMatch(etag::equals))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_JSON).body(bytes);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeliveryEndpoint endpoint(String name) {
        return endpoints.byName(name).orElseThrow(() -> DeliveryException.notFound("endpointNotFound",
                "Den Auslieferungs-Endpunkt '" + name + "' gibt es nicht."));
    }

    private static DeliveryException pathNotFound(String path) {
        return DeliveryException.notFound("pathNotFound", "Unter '" + path + "' gibt es keinen Inhalt.");
    }

    private static void checkLanguage(String lang) {
        if (lang != null && !lang.matches("[a-z]{2,3}(_[A-Z]{2})?")) {
            throw DeliveryException.invalidParameter("lang", "'" + lang + "' ist kein Sprachkürzel wie de oder en");
        }
    }

    /** Anonymous callers and citizens read the live store, editorial staff the drafts. */
    private ContentRepository repository() {
        return stages.of(Audience.currentStage());
    }

    private NodeWriter writer(Session session, DeliveryEndpoint definition, String lang) {
        Set<String> languages = new TreeSet<>();
        for (Site site : sites.sites()) {
            languages.addAll(site.languages());
        }
        return new NodeWriter(session, definition, lookup, lang, languages, registry.current());
    }
}
