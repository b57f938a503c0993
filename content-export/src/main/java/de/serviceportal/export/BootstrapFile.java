package de.serviceportal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a Magnolia bootstrap file belongs, derived from its name the way Magnolia names exports: the path of the
 * exported node with '/' replaced by '.', prefixed by the workspace. A '.' inside a node name is written as
 * '..' (so {@code website.news.v1..0.yaml} is node {@code v1.0} below {@code /news}).
 *
 * <ul>
 *   <li>{@code website.merseburg.buergerservice.yaml} &rarr; ("website", "/merseburg", "buergerservice")</li>
 *   <li>{@code dam.portal.yaml} &rarr; ("dam", "/", "portal")</li>
 *   <li>{@code website.yaml} &rarr; ("website", "/", {@code null}): an export of the whole workspace; its
 *       top-level keys are the workspace's top-level nodes and are imported directly below the workspace.</li>
 * </ul>
 *
 * <p>{@code parentPath} is relative to the workspace. In the portal a Magnolia workspace is a top-level subtree
 * of the single Oak workspace, so the caller imports below {@code "/" + workspace + parentPath}.
 *
 * @param workspace  Magnolia workspace name, e.g. "website", "dam", "config"
 * @param parentPath path of the parent node inside the workspace, always starting with '/'
 * @param rootName   name of the exported node (the file's top-level key), {@code null} for a whole workspace
 */
public record BootstrapFile(String workspace, String parentPath, String rootName) {

    public BootstrapFile {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(parentPath, "parentPath");
    }

    /**
     * Parses a bootstrap file name; directories in front of the name are ignored.
     *
     * @throws IllegalArgumentException if the name has no .yaml/.yml/.xml extension or an empty path segment
     */
    public static BootstrapFile parse(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String lower = base.toLowerCase(Locale.ROOT);
        String stem;
        if (lower.endsWith(".yaml")) {
            stem = base.substring(0, base.length() - 5);
        } else if (lower.endsWith(".yml") || lower.endsWith(".xml")) {
            stem = base.substring(0, base.length() - 4);
        } else {
            throw new IllegalArgumentException("Keine Bootstrap-Datei (erwartet .yaml, .yml oder .xml): " + fileName);
        }
        List<String> segments = split(stem);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("Ungültiger Bootstrap-Dateiname (leerer Pfadteil): " + fileName);
            }
        }
        String workspace = segments.get(0);
        if (segments.size() == 1) {
            return new BootstrapFile(workspace, "/", null);
        }
        String parentPath = "/" + String.join("/", segments.subList(1, segments.size() - 1));
        return new BootstrapFile(workspace, parentPath, segments.get(segments.size() - 1));
    }

    /** Splits at single dots; ".." stands for a literal dot within a segment. */
    private static List<String> split(String stem) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c != '.') {
                current.append(c);
            } else if (i + 1 < stem.length() && stem.charAt(i + 1) == '.') {
                current.append('.');
                i++;
            } else {
                segments.add(current.toString());
                current.setLength(0);
            }
        }
        segments.add(current.toString());
        return segments;
    }
}
