package de.serviceportal.editor;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;

/** What the page actions need to know about a page and the pages below it, read from the draft and live. */
@Component
class PageSubtree {

    private final ContentStages stages;
    private final IdentifierLookup lookup;

    PageSubtree(ContentStages stages, IdentifierLookup lookup) {
        this.stages = stages;
        this.lookup = lookup;
    }

    /**
     * Whether {@code path} is a plain workspace path: absolute, no empty, "." or ".." segment and nothing JCR
     * would read as syntax, so that resolving it can never leave the website workspace.
     */
    static boolean isPagePath(String path) {
        if (path == null || !path.matches("(/[^/\\[\\]:|*]+)+")) {
            return false;
        }
        for (String segment : path.substring(1).split("/")) {
            if (segment.equals(".") || segment.equals("..") || !segment.strip().equals(segment)) {
                return false;
            }
        }
        return true;
    }

    /** The page's identifier, or null if there is no page at {@code path}. */
    String identifier(String path) {
        return stages.draft().read(session -> {
            Node page = page(session, path);
            return page == null ? null : page.getIdentifier();
        });
    }

    /** How many pages lie below the page, at any depth. */
    int subpages(String path) {
        return stages.draft().read(session -> {
            Node page = page(session, path);
            return page == null ? 0 : count(page);
        });
    }

    /**
     * The topmost live pages of the subtree (workspace paths): the page itself if it is live, otherwise those of
     * its subpages that are. Unpublishing these takes the whole subtree off the live site.
     */
    List<String> livePages(String path) {
        return stages.draft().read(draft -> stages.live().read(live -> {
            List<String> found = new ArrayList<>();
            Node page = page(draft, path);
            if (page != null) {
                collectLive(page, live, found);
            }
            return found;
        }));
    }

    private void collectLive(Node page, Session live, List<String> found) throws RepositoryException {
        if (lookup.find(live, page.getIdentifier()) != null) {
            found.add(Workspaces.toWorkspacePath(page.getPath()));
            return;
        }
        for (NodeIterator children = page.getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            if (child.isNodeType("mgnl:page")) {
                collectLive(child, live, found);
            }
        }
    }

    private static int count(Node page) throws RepositoryException {
        int pages = 0;
        for (NodeIterator children = page.getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            if (child.isNodeType("mgnl:page")) {
                pages += 1 + count(child);
            }
        }
        return pages;
    }

    private static Node page(Session session, String path) throws RepositoryException {
        if (!isPagePath(path)) {
            return null;
        }
        String repositoryPath = Workspaces.toRepositoryPath(Workspaces.WEBSITE, path);
        if (!session.nodeExists(repositoryPath)) {
            return null;
        }
        Node node = session.getNode(repositoryPath);
        return node.isNodeType("mgnl:page") ? node : null;
    }
}
