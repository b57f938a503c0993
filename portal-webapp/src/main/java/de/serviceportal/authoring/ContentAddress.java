package de.serviceportal.authoring;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

import de.serviceportal.repository.Workspaces;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A workspace and a path in it, as the authoring APIs take them from the URL ({@code …/{workspace}/{path}}) or a
 * command's body. Only real workspaces are addressable (not the version store), and no segment may be empty,
 * "." or ".." or contain characters JCR names cannot have, so a path never leaves its workspace.
 */
record ContentAddress(String workspace, String path) {

    ContentAddress {
        if (!Workspaces.isWorkspace(workspace)) {
            throw new AuthoringException(org.springframework.http.HttpStatus.NOT_FOUND, "workspaceNotFound",
                    "Den Arbeitsbereich „" + workspace + "“ gibt es nicht.");
        }
        path = normalise(path);
    }

    /** The part of the request's path after {@code prefix + workspace}, decoded. */
    static ContentAddress of(HttpServletRequest request, String prefix, String workspace) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String start = prefix + workspace;
        String rest = uri.length() > start.length() ? uri.substring(start.length()) : "/";
        return new ContentAddress(workspace, UriUtils.decode(rest, StandardCharsets.UTF_8));
    }

    String repositoryPath() {
        return Workspaces.toRepositoryPath(workspace, path);
    }

    boolean isRoot() {
        return "/".equals(path);
    }

    ContentAddress child(String name) {
        return new ContentAddress(workspace, (isRoot() ? "" : path) + "/" + name);
    }

    static String normalise(String path) {
        if (path == null || path.isBlank() || "/".equals(path)) {
            return "/";
        }
        String trimmed = path.startsWith("/") ? path : "/" + path;
        if (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        for (String segment : trimmed.substring(1).split("/", -1)) {
            checkName(segment);
        }
        return trimmed;
    }

    /** A node name: not empty, not "." or "..", none of / : [ ] | * and no control characters. */
    static String checkName(String name) {
        if (name == null || name.isEmpty() || ".".equals(name) || "..".equals(name) || !name.strip().equals(name)
                || name.chars().anyMatch(c -> "/:[]|*".indexOf(c) >= 0 || Character.isISOControl(c))) {
            throw AuthoringException.badRequest("„" + name + "“ ist kein gültiger Knotenname.");
        }
        return name;
    }
}
