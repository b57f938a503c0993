package de.serviceportal.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Format-neutral content tree: the YAML reader, the system-view reader and the repository reader all produce it,
 * and the YAML writer and the SAX event source consume it. Keeping one model lets the CLI convert offline
 * without a repository.
 */
final class ContentNode {

    final String name;
    /** One-based line in the source file, 0 when the node did not come from a file. */
    final int line;
    final List<ContentProperty> properties = new ArrayList<>();
    final List<ContentNode> children = new ArrayList<>();

    ContentNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    ContentProperty property(String propertyName) {
        for (ContentProperty p : properties) {
            if (p.name().equals(propertyName)) {
                return p;
            }
        }
        return null;
    }
}
