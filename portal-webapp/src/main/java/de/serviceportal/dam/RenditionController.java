package de.serviceportal.dam;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.publishing.Audience;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Stage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves renditions at Magnolia's imaging address {@code /.imaging/mte/<theme>/<variation>/dam/jcr:<uuid>/<file>}.
 * Generated on demand from the repository's original (so every portal node serves the same), kept in a bounded
 * memory cache, revalidated by ETag. Citizens get published assets only, editors the draft.
 */
@Controller
class RenditionController {

    private final ContentStages stages;
    private final IdentifierLookup lookup;
    private final LightModuleRegistry modules;
    private final RenditionCache cache;

    RenditionController(ContentStages stages, IdentifierLookup lookup, LightModuleRegistry modules,
            RenditionCache cache) {
        this.stages = stages;
        this.lookup = lookup;
        this.modules = modules;
        this.cache = cache;
    }

    @GetMapping("/.imaging/mte/{theme}/{variation}/dam/jcr:{identifier}/{fileName}")
    void rendition(@PathVariable String theme, @PathVariable String variation, @PathVariable String identifier,
            HttpServletRequest request, HttpServletResponse response) throws IOException, RepositoryException {
        Optional<Renditions.Variation> found = Renditions.find(modules.current(), theme, variation);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Stage stage = Audience.currentStage();
        Session session = stages.of(stage).login();
        try {
            Node asset = DamNodes.asset(session, lookup, identifier);
            if (asset == null || !DamNodes.hasFile(asset)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            AssetFile file = AssetFile.of(asset);
            String etag = "\"" + identifier + "-" + file.version() + "-" + found.get().width() + "\"";
            response.setHeader("ETag", etag);
            // a replaced file shows within minutes even where browsers keep renditions; editors always revalidate
            response.setHeader("Cache-Control", Audience.isEditorial() ? "private, no-cache" : "public, max-age=600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            byte[] body = body(stage, asset, file, found.get().width());
            response.setContentType(FileKind.ofMimeType(file.mimeType()) != null ? file.mimeType()
                    : "application/octet-stream");
            response.setContentLength(body.length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
        } finally {
            session.logout();
        }
    }

    /** The scaled image, or the original when it is not wider than the variation or cannot be scaled. */
    private byte[] body(Stage stage, Node asset, AssetFile file, int width) throws IOException, RepositoryException {
        String key = stage + ":" + file.identifier() + ":" + file.version() + ":" + width;
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] original;
        try (InputStream in = asset.getNode("jcr:content").getProperty("jcr:data").getBinary().getStream()) {
            original = in.readAllBytes();
        }
        byte[] scaled = Renditions.resizable(file.mimeType()) && (file.width() == 0 || file.width() > width)
                ? ImageScaler.scale(original, file.mimeType(), width) : null;
        byte[] body = scaled != null ? scaled : original;
        cache.put(key, body);
        return body;
    }
}
