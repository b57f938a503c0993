package de.serviceportal.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;

/**
 * The website's pages one level at a time (the tree loads lazily; a site may have thousands of pages), each with
 * its publication status from comparing the draft with the live store.
 */
@Component
class PageTree {

    /** One page; {@code path} is the workspace path, e.g. {@code /merseburg/buergerservice}. */
    record Entry(String name, String path, String title, String template, PageStatus status, boolean hasChildren,
            Instant lastModified, String lastModifiedBy) {
    }

    private final ContentStages stages;
    private final IdentifierLookup lookup;

    PageTree(ContentStages stages, IdentifierLookup lookup) {
        this.stages = stages;
        this.lookup = lookup;
    }

    Optional<Entry> page(String path) {
        return inBoth((draft, live) -> {
            String repositoryPath = Workspaces.toRepositoryPath(Workspaces.WEBSITE, path);
            if (!draft.nodeExists(repositoryPath) || !draft.getNode(repositoryPath).isNodeType("mgnl:page")) {
                return Optional.empty();
            }
            return Optional.of(entry(draft.getNode(repositoryPath), live));
        });
    }

    /** Child pages {@code offset} to {@code offset + limit} of a page; {@code more} if there are further ones. */
    record Level(List<Entry> entries, boolean more) {
    }

    /**
     * The child pages of the page at {@code path} in their order, one slice at a time: a level may hold thousands
     * of pages, and only the slice shown is read in full.
     */
    Level children(String path, int offset, int limit) {
        return inBoth((draft, live) -> {
            List<Entry> children = new ArrayList<>();
            boolean more = false;
            String repositoryPath = Workspaces.toRepositoryPath(Workspaces.WEBSITE, path);
            if (draft.nodeExists(repositoryPath)) {
                int index = 0;
                for (NodeIterator nodes = draft.getNode(repositoryPath).getNodes(); nodes.hasNext();) {
                    Node child = nodes.nextNode();
                    if (!child.isNodeType("mgnl:page")) {
                        continue;
                    }
                    if (index >= offset + limit) {
                        more = true;
                        break;
                    }
                    if (index++ >= offset) {
                        children.add(entry(child, live));
                    }
                }
            }
            return new Level(children, more);
        });
    }

    private Entry entry(Node page, Session live) throws RepositoryException {
        return new Entry(page.getName(), Workspaces.toWorkspacePath(page.getPath()),
                string(page, "title", page.getName()), string(page, "mgnl:template", ""), status(page, live),
                hasChildPage(page), page.hasProperty("mgnl:lastModified")
                        ? page.getProperty("mgnl:lastModified").getDate().toInstant() : null,
                string(page, "mgnl:lastModifiedBy", null));
    }

    private PageStatus status(Node draft, Session live) throws RepositoryException {
        Node published = lookup.find(live, draft.getIdentifier());
        if (published == null) {
            return PageStatus.NEW;
        }
        if (!published.getPath().equals(draft.getPath()) || !draft.hasProperty("mgnl:lastActivated")) {
            return PageStatus.MODIFIED;
        }
        if (draft.hasProperty("mgnl:lastModified") && draft.getProperty("mgnl:lastModified").getDate()
                .after(draft.getProperty("mgnl:lastActivated").getDate())) {
            return PageStatus.MODIFIED;
        }
        return PageStatus.PUBLISHED;
    }

    private static boolean hasChildPage(Node page) throws RepositoryException {
        for (NodeIterator nodes = page.getNodes(); nodes.hasNext();) {
            if (nodes.nextNode().isNodeType("mgnl:page")) {
                return true;
            }
        }
        return false;
    }

    private static String string(Node node, String property, String fallback) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : fallback;
    }

    @FunctionalInterface
    private interface BothStages<T> {
        T read(Session draft, Session live) throws RepositoryException;
    }

    private <T> T inBoth(BothStages<T> work) {
        return stages.draft().read(draft -> stages.live().read(live -> work.read(draft, live)));
    }
}
