package de.serviceportal.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two states of a content item: properties (of the item and of each area and component)
 * and the component structure (added, removed, moved). One comparison for version against version and for
 * draft against live.
 */
public record ContentDiff(List<PropertyChange> properties, List<StructureChange> structure) {

    /** Bookkeeping the repository and publishing write; a reviewer cares about content. */
    private static final Set<String> IGNORED = Set.of("jcr:primaryType", "jcr:mixinTypes", "jcr:uuid",
            "jcr:created", "jcr:createdBy", "jcr:lastModified", "jcr:lastModifiedBy", "mgnl:created",
            "mgnl:createdBy", "mgnl:lastModified", "mgnl:lastModifiedBy", "mgnl:lastActivated",
            "mgnl:lastActivatedBy", "mgnl:activationStatus", "mgnl:lastActivatedVersion",
            "mgnl:lastActivatedVersionCreated", "mgnl:comment");

    /** {@code path} is relative to the item: "" for the item itself, "main/0" for a component. */
    public record PropertyChange(String path, String name, String before, String after) {
    }

    public enum Kind {
        ADDED, REMOVED, MOVED
    }

    /** A node of the item (area or component) that appeared, disappeared or changed its position. */
    public record StructureChange(String path, Kind kind, String template) {
    }

    public boolean isEmpty() {
        return properties.isEmpty() && structure.isEmpty();
    }

    /** Either side may be null: an item that does not exist yet or any more. */
    static ContentDiff between(ContentTree before, ContentTree after) {
        List<PropertyChange> properties = new ArrayList<>();
        List<StructureChange> structure = new ArrayList<>();
        compare("", before, after, properties, structure);
        return new ContentDiff(properties, structure);
    }

    private static void compare(String path, ContentTree before, ContentTree after, List<PropertyChange> properties,
            List<StructureChange> structure) {
        Set<String> names = new LinkedHashSet<>();
        if (before != null) {
            names.addAll(before.properties().keySet());
        }
        if (after != null) {
            names.addAll(after.properties().keySet());
        }
        for (String name : names) {
            String was = before == null ? null : before.property(name);
            String is = after == null ? null : after.property(name);
            if (!IGNORED.contains(name) && !java.util.Objects.equals(was, is)) {
                properties.add(new PropertyChange(path, name, was, is));
            }
        }
        Map<String, ContentTree> old = children(before);
        Map<String, ContentTree> now = children(after);
        List<String> oldOrder = new ArrayList<>(old.keySet());
        oldOrder.retainAll(now.keySet());
        List<String> newOrder = new ArrayList<>(now.keySet());
        newOrder.retainAll(old.keySet());
        for (Map.Entry<String, ContentTree> child : old.entrySet()) {
            if (!now.containsKey(child.getKey())) {
                structure.add(new StructureChange(join(path, child.getKey()), Kind.REMOVED,
                        child.getValue().property("mgnl:template")));
            }
        }
        for (Map.Entry<String, ContentTree> child : now.entrySet()) {
            String childPath = join(path, child.getKey());
            ContentTree was = old.get(child.getKey());
            if (was == null) {
                structure.add(new StructureChange(childPath, Kind.ADDED, child.getValue().property("mgnl:template")));
            } else if (oldOrder.indexOf(child.getKey()) != newOrder.indexOf(child.getKey())) {
                structure.add(new StructureChange(childPath, Kind.MOVED, child.getValue().property("mgnl:template")));
            }
            compare(childPath, was, child.getValue(), properties, structure);
        }
    }

    private static Map<String, ContentTree> children(ContentTree node) {
        Map<String, ContentTree> children = new LinkedHashMap<>();
        if (node != null) {
            for (ContentTree child : node.children()) {
                children.put(child.name(), child);
            }
        }
        return children;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "/" + name;
    }
}
