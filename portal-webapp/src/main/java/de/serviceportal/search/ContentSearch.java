package de.serviceportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.ObservationManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.RepositoryAccessException;
import de.serviceportal.repository.Workspaces;

/**
 * Full-text search over website pages with the portal's own Lucene index (Oak here has no full-text index).
 *
 * <p>On start the index is checked against the content ({@link RepositoryState}) and rebuilt if it is missing,
 * damaged or stale; this happens before the application reports ready, which takes well under a second for the
 * portal's few thousand pages. From then on JCR observation keeps it current within moments of every save. All index
 * work runs on one thread, so a rebuild and incremental updates never interleave.
 */
public final class ContentSearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSearch.class);
    private static final String WEBSITE = "/" + Workspaces.WEBSITE;
    /** More hits than any result page needs; delivery counts and pages within these. */
    static final int MAX_HITS = 10_000;

    private final ContentRepository repository;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "content-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final PageIndex index;
    private final IndexUpdater updater;
    private Session observationSession;
    private boolean rebuiltOnStart;

    private ContentSearch(ContentRepository repository, PageIndex index) {
        this.repository = repository;
        this.index = index;
        this.updater = new IndexUpdater(worker, this::apply);
    }

    /** Opens the index in {@code folder}, starts following content changes and brings the index up to date. */
    static ContentSearch start(ContentRepository repository, Path folder) {
        PageIndex index;
        try {
            index = PageIndex.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + folder, e);
        }
        ContentSearch search = new ContentSearch(repository, index);
        try {
            // listen first: whatever changes during the check below is indexed afterwards
            search.observationSession = repository.login();
            search.observationSession.getWorkspace().getObservationManager().addEventListener(search.updater,
                    IndexUpdater.EVENT_TYPES, WEBSITE, true, null, null, false);
            search.onWorker(search::catchUp);
        } catch (RepositoryException | RuntimeException e) {
            search.close();
            throw e instanceof RepositoryException re ? new RepositoryAccessException(re) : (RuntimeException) e;
        }
        return search;
    }

    /**
     * Repository paths of website pages matching every word of {@code q} in the given language (default German),
     * best first, only pages strictly below {@code underPath} (a repository path such as {@code /website/merseburg}).
     * Supports the simple query syntax: {@code "phrase"}, {@code -word}, {@code prefix*}, {@code a | b}.
     */
    public List<String> pagePaths(String q, String language, String underPath) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        try {
            return index.search(q, language, underPath, MAX_HITS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean rebuiltOnStart() {
        return rebuiltOnStart;
    }

    int size() throws IOException {
        return index.size();
    }

    /** Waits until the work queued so far is done (tests). */
    void awaitIdle() {
        onWorker(() -> { });
    }

    private void catchUp() throws Exception {
        repository.read(session -> {
            String state = RepositoryState.of(session);
            try {
                if (state.equals(index.state())) {
                    LOG.info("Search index is current ({} pages)", index.size());
                    return null;
                }
                // state and pages from one session: one consistent view of the content
                List<PageText> pages = new ArrayList<>();
                collectPages(session.getNode(WEBSITE), pages);
                index.replaceAll(pages, state);
                rebuiltOnStart = true;
                LOG.info("Search index rebuilt from content: {} pages", pages.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void collectPages(Node parent, List<PageText> pages) throws RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (PageText.isSystem(child.getName())) {
                continue;
            }
            if (child.isNodeType("mgnl:page")) {
                pages.add(PageText.of(child));
            }
            collectPages(child, pages);
        }
    }

    /** One batch of changed paths: removed subtrees leave the index, the pages owning every change are re-read. */
    private void apply(Map<String, Boolean> changed) throws IOException {
        repository.read(session -> {
            Set<String> done = new HashSet<>();
            try {
                for (Map.Entry<String, Boolean> change : changed.entrySet()) {
                    String path = change.getKey();
                    if (!path.startsWith(WEBSITE + "/")) {
                        continue;
                    }
                    if (!session.nodeExists(path)) {
                        index.removeTree(path);
                    } else if (change.getValue()) {
                        List<PageText> pages = new ArrayList<>();
                        Node node = session.getNode(path);
                        if (node.isNodeType("mgnl:page")) {
                            pages.add(PageText.of(node));
                        }
                        collectPages(node, pages);
                        for (PageText page : pages) {
                            if (done.add(page.path())) {
                                index.put(page);
                            }
                        }
                    }
                    Node owner = owningPage(session, path);
                    if (owner != null && done.add(owner.getPath())) {
                        index.put(PageText.of(owner));
                    }
                }
                index.commitChanges();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** The nearest existing page at or above {@code path} (a component's page, a removed component's page). */
    private static Node owningPage(Session session, String path) throws RepositoryException {
        for (String p = path; p.startsWith(WEBSITE + "/"); p = p.substring(0, p.lastIndexOf('/'))) {
            if (session.nodeExists(p)) {
                Node node = session.getNode(p);
                if (node.isNodeType("mgnl:page")) {
                    return node;
                }
            }
        }
        return null;
    }

    private interface Work {
        void run() throws Exception;
    }

    private void onWorker(Work work) {
        try {
            worker.submit(() -> {
                work.run();
                return null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the search index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Search index work failed", e.getCause());
        }
    }

    /**
     * Records the content state the index matches, then stops following changes and closes the index. The state is
     * taken first: a change after it makes the next start see a different state and rebuild.
     */
    @Override
    public void close() {
        String state = null;
        try {
            state = repository.read(RepositoryState::of);
        } catch (RuntimeException e) {
            LOG.warn("Search index: cannot record the content state; the next start rebuilds", e);
        }
        if (observationSession != null) {
            try {
                ObservationManager observation = observationSession.getWorkspace().getObservationManager();
                observation.removeEventListener(updater);
            } catch (RepositoryException e) {
                LOG.warn("Search index: cannot stop following content changes", e);
            }
            observationSession.logout();
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                state = null; // still busy: leave the index marked as not current
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = null;
        }
        try {
            if (state != null && index.state().isEmpty()) {
                index.commit(state);
            }
            index.close();
        } catch (IOException e) {
            LOG.warn("Search index: could not close cleanly; the next start rebuilds", e);
        }
    }
}
