package de.serviceportal.dam;

import java.io.IOException;
import java.io.InputStream;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.serviceportal.publishing.Audience;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves asset binaries at {@code /dam/jcr:<uuid>/<file name>} straight from the repository, so every portal node
 * serves the same files (no node-local copies).
 */
@Controller
class AssetController {

    private final ContentStages stages;
    private final IdentifierLookup lookup;

    AssetController(ContentStages stages, IdentifierLookup lookup) {
        this.stages = stages;
        this.lookup = lookup;
    }

    @GetMapping("/dam/jcr:{identifier}/{fileName}")
    void asset(@PathVariable String identifier, HttpServletRequest request, HttpServletResponse response)
            throws IOException, RepositoryException {
        Session session = stages.of(Audience.currentStage()).login();
        try {
            Node asset = DamNodes.asset(session, lookup, identifier);
            if (asset == null || !DamNodes.hasFile(asset)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Node resource = asset.getNode("jcr:content");
            long modified = resource.hasProperty("jcr:lastModified")
                    ? resource.getProperty("jcr:lastModified").getDate().getTimeInMillis()
                    : asset.hasProperty("mgnl:lastModified")
                            ? asset.getProperty("mgnl:lastModified").getDate().getTimeInMillis() : 0L;
            long size = resource.getProperty("jcr:data").getLength();
            String etag = "\"" + identifier + "-" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"";
            response.setHeader("ETag", etag);
            // drafts seen by editors must not land in shared caches
            response.setHeader("Cache-Control", Audience.isEditorial() ? "private, no-cache" : "public, max-age=86400");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            String mimeType = resource.hasProperty("jcr:mimeType")
                    ? resource.getProperty("jcr:mimeType").getString() : "application/octet-stream";
            // Never let an uploaded file run as a page of the portal's origin.
            if (mimeType.contains("html") || mimeType.contains("xml") && !mimeType.contains("svg")) {
                mimeType = "application/octet-stream";
            }
            response.setContentType(mimeType);
            if (mimeType.contains("svg")) {
                response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            }
            response.setContentLengthLong(size);
            if (!"HEAD".equals(request.getMethod())) {
                try (InputStream in = resource.getProperty("jcr:data").getBinary().getStream()) {
                    in.transferTo(response.getOutputStream());
                }
            }
        } finally {
            session.logout();
        }
    }
}
