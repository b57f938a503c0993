package de.serviceportal.repository;

import java.util.List;

/**
 * Oak serves a single workspace, so Magnolia's workspaces are top-level subtrees: {@code website} lives at
 * {@code /website}. Paths seen by templates and APIs are relative to that subtree, as in Magnolia.
 */
public final class Workspaces {

    public static final String WEBSITE = "website";
    public static final String DAM = "dam";
    public static final String CONFIG = "config";

    static final List<String> ALL = List.of(WEBSITE, DAM, CONFIG);

    private Workspaces() {
    }

    /** Whether {@code name} is one of the workspaces (other top-level nodes, e.g. versions, are not content). */
    public static boolean isWorkspace(String name) {
        return ALL.contains(name);
    }

    /** Repository path of a workspace path, e.g. ("website", "/merseburg") → "/website/merseburg". */
    public static String toRepositoryPath(String workspace, String path) {
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return "/" + workspace;
        }
        return "/" + workspace + (path.startsWith("/") ? path : "/" + path);
    }

    /** Workspace path of a repository path, e.g. "/website/merseburg" → "/merseburg". */
    public static String toWorkspacePath(String repositoryPath) {
        int second = repositoryPath.indexOf('/', 1);
        return second < 0 ? "/" : repositoryPath.substring(second);
    }

    /** Workspace name of a repository path, e.g. "/website/merseburg" → "website". */
    public static String workspaceOf(String repositoryPath) {
        int second = repositoryPath.indexOf('/', 1);
        return second < 0 ? repositoryPath.substring(1) : repositoryPath.substring(1, second);
    }
}
