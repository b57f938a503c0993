package de.serviceportal.repository;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.locks.ReentrantLock;

import javax.jcr.Node;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.jcr.Jcr;
import org.apache.jackrabbit.oak.query.QueryEngineSettings;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.InvalidFileStoreVersionException;
import org.apache.jackrabbit.oak.spi.security.OpenSecurityProvider;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Oak on SegmentTar under the portal home. Access control happens in the portal layer, so the repository runs with
 * an open security provider; it is never exposed to the network.
 */
public final class SegmentContentRepository implements ContentRepository, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentContentRepository.class);
    private static final SimpleCredentials PORTAL = new SimpleCredentials("portal", new char[0]);

    private final FileStore fileStore;
    private final Repository repository;
    /** Flushing is cheap but not concurrent-safe in intent: one flush covers every save that returned before it. */
    private final ReentrantLock flushLock = new ReentrantLock();

    private SegmentContentRepository(FileStore fileStore, Repository repository) {
        this.fileStore = fileStore;
        this.repository = repository;
    }

    /** Opens (or creates) the repository in {@code directory}; registers node types, workspaces and indexes. */
    public static SegmentContentRepository open(File directory, boolean failTraversal) {
        try {
            Files.createDirectories(directory.toPath());
            FileStore fileStore = FileStoreBuilder.fileStoreBuilder(directory).withMemoryMapping(false).build();
            NodeStore nodeStore = SegmentNodeStoreBuilders.builder(fileStore).build();
            QueryEngineSettings querySettings = new QueryEngineSettings();
            querySettings.setFailTraversal(failTraversal);
            Repository repository = new Jcr(new Oak(nodeStore))
                    .with(new OpenSecurityProvider())
                    .with(querySettings)
                    .createRepository();
            SegmentContentRepository contentRepository = new SegmentContentRepository(fileStore, repository);
            contentRepository.initialise();
            LOG.info("Content repository open at {}", directory.getAbsolutePath());
            return contentRepository;
        } catch (IOException | InvalidFileStoreVersionException e) {
            throw new IllegalStateException("Cannot open the content repository at " + directory, e);
        }
    }

    private void initialise() {
        write(session -> {
            registerNodeTypes(session);
            for (String workspace : Workspaces.ALL) {
                Node root = session.getRootNode();
                if (!root.hasNode(workspace)) {
                    root.addNode(workspace, "nt:unstructured");
                }
            }
            IndexDefinitions.ensure(session);
            return null;
        });
    }

    private static void registerNodeTypes(Session session) throws RepositoryException {
        try (Reader cnd = new InputStreamReader(
                SegmentContentRepository.class.getResourceAsStream("/repository/magnolia-nodetypes.cnd"),
                StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(cnd, "magnolia-nodetypes.cnd", session.getWorkspace().getNodeTypeManager(),
                    session.getWorkspace().getNamespaceRegistry(), session.getValueFactory(), true);
        } catch (IOException | org.apache.jackrabbit.commons.cnd.ParseException e) {
            throw new RepositoryException("Cannot register the Magnolia node types", e);
        }
    }

    @Override
    public Session login() throws RepositoryException {
        return repository.login(PORTAL);
    }

    @Override
    public void save(Session session) throws RepositoryException {
        session.save();
        flushLock.lock();
        try {
            fileStore.flush();
        } catch (IOException e) {
            throw new RepositoryException("Saved, but could not make the change durable", e);
        } finally {
            flushLock.unlock();
        }
    }

    @Override
    public void close() {
        if (repository instanceof JackrabbitRepository jackrabbit) {
            jackrabbit.shutdown();
        }
        fileStore.close();
        LOG.info("Content repository closed");
    }
}
