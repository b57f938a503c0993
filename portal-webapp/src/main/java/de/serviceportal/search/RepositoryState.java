package de.serviceportal.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.serviceportal.repository.Workspaces;

/**
 * A fingerprint of the website content the index was built from: every node's path and {@code mgnl:lastModified}
 * plus the number of pages. Stored with the index, it tells on start whether content changed while this node was
 * down (added, removed, moved or edited through the portal, which stamps {@code mgnl:lastModified}). A tree walk,
 * not a query: Oak has no index for "all pages", and the walk reads no text, so it costs far less than a rebuild.
 */
final class RepositoryState {

    private RepositoryState() {
    }

    static String of(Session session) throws RepositoryException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long[] pages = {0};
        walk(session.getNode("/" + Workspaces.WEBSITE), digest, pages);
        return "pages=" + pages[0] + ";sha256=" + HexFormat.of().formatHex(digest.digest());
    }

    private static void walk(Node node, MessageDigest digest, long[] pages) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (PageText.isSystem(child.getName())) {
                continue;
            }
            if (child.isNodeType("mgnl:page")) {
                pages[0]++;
            }
            String modified = child.hasProperty("mgnl:lastModified")
                    ? Long.toString(child.getProperty("mgnl:lastModified").getDate().getTimeInMillis()) : "-";
            digest.update((child.getPath() + '|' + modified + '\n').getBytes(StandardCharsets.UTF_8));
            walk(child, digest, pages);
        }
    }
}
