package de.serviceportal.repository;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Component;

/**
 * Nodes by identifier, fast. Oak answers {@code getNodeByIdentifier} with an index query, which dominated page
 * rendering (links and images are stored as identifiers). This remembers where an identifier was last seen and
 * checks that the node there still has it, so moves and deletions never give a wrong node.
 */
@Component
public class IdentifierLookup {

    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, String> paths = new ConcurrentHashMap<>();

    /** The node with this identifier as the session sees it, or null if there is none. */
    public Node find(Session session, String identifier) throws RepositoryException {
        // draft and live are separate stores that share identifiers, usually at the same path
        String key = System.identityHashCode(session.getRepository()) + ":" + identifier;
        String path = paths.get(key);
        if (path != null) {
            try {
                Node node = session.getNode(path);
                if (identifier.equals(node.getIdentifier())) {
                    return node;
                }
            } catch (PathNotFoundException e) {
                // moved or deleted: look it up again
            }
            paths.remove(key);
        }
        try {
            Node node = session.getNodeByIdentifier(identifier);
            if (paths.size() >= MAX_ENTRIES) {
                paths.clear();
            }
            paths.put(key, node.getPath());
            return node;
        } catch (ItemNotFoundException | IllegalArgumentException e) {
            return null;
        } catch (RepositoryException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
                return null; // not an identifier at all (e.g. a hand-edited link)
            }
            throw e;
        }
    }
}
