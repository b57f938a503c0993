package de.serviceportal.authoring;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.publishing.ContentAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The audit trail of a path and everything below it, newest first. */
@RestController
@Tag(name = "Audit", description = "Protokoll der Änderungen an Inhalten")
class AuditController {

    static final String PREFIX = "/.rest/audit/v1/";
    private static final int MAX_LIMIT = 500;

    private final ContentAudit audit;

    AuditController(ContentAudit audit) {
        this.audit = audit;
    }

    @Operation(summary = "Protokoll lesen", description = "Einträge für {path} und alles darunter; limit 1–500.")
    @GetMapping(path = PREFIX + "{workspace}/**", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ContentAudit.Entry>> read(@PathVariable String workspace,
            @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        ContentAddress address = ContentAddress.of(request, PREFIX, workspace);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(audit.forPath(address.workspace(), address.path(), Math.max(1, Math.min(limit, MAX_LIMIT))));
    }
}
