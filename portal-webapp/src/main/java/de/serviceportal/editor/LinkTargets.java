package de.serviceportal.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;

/**
 * The targets of link fields in the draft: editors see and type paths ({@code /merseburg/aktuelles}), the node
 * stores identifiers (pages) or item keys ({@code jcr:<uuid>}, assets). Searching walks the tree breadth first and
 * stops after a bounded number of nodes, so it needs no query index and never scans a large workspace whole.
 */
@Component
class LinkTargets {

    static final int MAX_VISITED = 5_000;
    static final int MAX_RESULTS = 20;

    /** A found page or asset: its path (what the field shows) and title. */
    record Target(String path, String title) {
    }

    private final ContentStages stages;
    private final IdentifierLookup lookup;

    LinkTargets(ContentStages stages, IdentifierLookup lookup) {
        this.stages = stages;
        this.lookup = lookup;
    }

    /** The path to show for a stored identifier or item key; the stored text itself if the target is gone. */
    String display(Session session, DialogSpec.Field field, String stored) throws RepositoryException {
        String identifier = stored.startsWith("jcr:") ? stored.substring(4) : stored;
        Node target = identifier.isBlank() ? null : lookup.find(session, identifier);
        String workspace = field.linkWorkspace();
        if (target == null || !workspace.equals(Workspaces.workspaceOf(target.getPath()))) {
            return stored;
        }
        return Workspaces.toWorkspacePath(target.getPath());
    }

    /**
     * What to store for a typed path, identifier or item key: the identifier of a page, {@code jcr:<uuid>} of an
     * asset; null if there is no such target.
     */
    String stored(DialogSpec.Field field, String typed) {
        String workspace = field.linkWorkspace();
        String text = typed.strip();
        return stages.draft().read(session -> {
            Node target;
            if (text.startsWith("/")) {
                String path = Workspaces.toRepositoryPath(workspace, text.length() > 1 && text.endsWith("/")
                        ? text.substring(0, text.length() - 1) : text);
                target = !text.contains("//") && !text.contains("/../") && session.nodeExists(path)
                        ? session.getNode(path) : null;
            } else {
                target = lookup.find(session, text.startsWith("jcr:") ? text.substring(4) : text);
                if (target != null && !workspace.equals(Workspaces.workspaceOf(target.getPath()))) {
                    target = null;
                }
            }
            if (target == null || !wanted(target, workspace)) {
                return null;
            }
            return "dam".equals(workspace) ? "jcr:" + target.getIdentifier() : target.getIdentifier();
        });
    }

    /** Pages or assets whose title or name contains {@code query}, below {@code root} (a workspace path). */
    List<Target> search(String workspace, String root, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.GERMAN);
        if (needle.isEmpty()) {
            return List.of();
        }
        return stages.draft().read(session -> {
            List<Target> found = new ArrayList<>();
            String start = Workspaces.toRepositoryPath(workspace, root);
            if (!session.nodeExists(start)) {
                return found;
            }
            Deque<Node> queue = new ArrayDeque<>(List.of(session.getNode(start)));
            int visited = 0;
            while (!queue.isEmpty() && visited < MAX_VISITED && found.size() < MAX_RESULTS) {
                Node node = queue.removeFirst();
                visited++;
                if (wanted(node, workspace)) {
                    String title = node.hasProperty("title") ? node.getProperty("title").getString() : node.getName();
                    if (title.toLowerCase(Locale.GERMAN).contains(needle)
                            || node.getName().toLowerCase(Locale.GERMAN).contains(needle)) {
                        found.add(new Target(Workspaces.toWorkspacePath(node.getPath()), title));
                    }
                }
                for (NodeIterator children = node.getNodes(); children.hasNext();) {
                    Node child = children.nextNode();
                    if (child.isNodeType("mgnl:content")) { // pages, folders, assets; not areas or resources
                        queue.addLast(child);
                    }
                }
            }
            return found;
        });
    }

    private static boolean wanted(Node node, String workspace) throws RepositoryException {
        return "dam".equals(workspace) ? node.isNodeType("mgnl:asset")
                : "website".equals(workspace) ? node.isNodeType("mgnl:page") : node.isNodeType("mgnl:content");
    }
}
