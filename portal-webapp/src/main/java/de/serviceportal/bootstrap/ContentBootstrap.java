package de.serviceportal.bootstrap;

import java.io.InputStream;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.serviceportal.export.BootstrapFile;
import de.serviceportal.export.ContentImporter;
import de.serviceportal.export.IdCollision;
import de.serviceportal.modules.LightModuleRegistry;
import de.serviceportal.modules.ModuleResource;
import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.Workspaces;

/**
 * Imports the light modules' {@code bootstrap/} files (Magnolia YAML export or JCR system view) once: the first
 * time the portal sees each file. What was imported is recorded in the repository, so content an editor deleted
 * later does not come back on the next start. Imported pages and assets are published, as a Magnolia bootstrap
 * reaches the public instance too; content from before the draft/live split is published once.
 */
@Component
class ContentBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(ContentBootstrap.class);
    static final String RECORD = "/config/bootstrap";

    private static final List<String> PUBLISHED_WORKSPACES = List.of(Workspaces.WEBSITE, Workspaces.DAM);
    private static final String SYSTEM = "system";

    private final Publisher publisher;

    ContentBootstrap(ContentStages stages, LightModuleRegistry modules, Publisher publisher,
            @Value("${portal.bootstrap.enabled:true}") boolean enabled) {
        this.publisher = publisher;
        publishExistingContent(stages);
        if (enabled) {
            run(stages.draft(), modules);
        }
    }

    private void publishExistingContent(ContentStages stages) {
        for (String workspace : PUBLISHED_WORKSPACES) {
            String root = "/" + workspace;
            if (!stages.live().read(live -> live.getNode(root).hasNodes())
                    && stages.draft().read(draft -> draft.getNode(root).hasNodes())) {
                publisher.publish(workspace, "/", true, SYSTEM, "Übernahme der bestehenden Inhalte");
                LOG.info("Published the existing content of {}", workspace);
            }
        }
    }

    private void run(ContentRepository repository, LightModuleRegistry modules) {
        List<ModuleResource> files = modules.current().resources().stream()
                .filter(resource -> resource.path().startsWith("bootstrap/")
                        && resource.path().indexOf('/', "bootstrap/".length()) < 0
                        && (resource.path().endsWith(".yaml") || resource.path().endsWith(".xml")))
                // parents before children: website.merseburg.yaml before website.merseburg.buergerservice.yaml
                .sorted(Comparator.comparingLong((ModuleResource r) -> dots(r.path()))
                        .thenComparing(ModuleResource::resourcePath))
                .toList();
        Set<String> imported = repository.read(ContentBootstrap::imported);
        for (ModuleResource file : files) {
            if (!imported.contains(file.resourcePath()) && importFile(repository, file)) {
                publish(file);
            }
        }
    }

    private static long dots(String path) {
        return path.chars().filter(c -> c == '.').count();
    }

    private void publish(ModuleResource file) {
        BootstrapFile target = BootstrapFile.parse(fileName(file));
        if (PUBLISHED_WORKSPACES.contains(target.workspace())) {
            String parent = target.parentPath();
            String path = target.rootName() == null ? "/"
                    : (parent.endsWith("/") ? parent : parent + "/") + target.rootName();
            try {
                publisher.publish(target.workspace(), path, true, SYSTEM, "Installation: " + file.resourcePath());
            } catch (RuntimeException e) {
                LOG.error("Bootstrap file {} was imported but could not be published: {}", file.resourcePath(),
                        e.getMessage(), e);
            }
        }
    }

    private static String fileName(ModuleResource file) {
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    /** True if the file's content is new in the repository now. */
    private static boolean importFile(ContentRepository repository, ModuleResource file) {
        String fileName = fileName(file);
        try {
            return repository.write(session -> {
                BootstrapFile target = BootstrapFile.parse(fileName);
                String parent = Workspaces.toRepositoryPath(target.workspace(), target.parentPath());
                if (!session.nodeExists(parent)) {
                    throw new RepositoryException("the parent " + parent + " does not exist");
                }
                boolean imported = false;
                if (session.nodeExists((parent.endsWith("/") ? parent : parent + "/") + target.rootName())) {
                    LOG.warn("Bootstrap file {} not imported: its content already exists", file.resourcePath());
                } else {
                    imported = true;
                    try (InputStream in = file.open()) {
                        new ContentImporter(session).importFile(fileName, in, parent, IdCollision.THROW);
                    } catch (java.io.IOException | de.serviceportal.export.ImportException e) {
                        throw new RepositoryException(e.getMessage(), e);
                    }
                    LOG.info("Imported bootstrap file {}", file.resourcePath());
                }
                record(session, file.resourcePath());
                return imported;
            });
        } catch (Exception e) {
            LOG.error("Bootstrap file {} could not be imported; nothing of it was saved: {}", file.resourcePath(),
                    e.getMessage(), e);
            return false;
        }
    }

    private static Set<String> imported(Session session) throws RepositoryException {
        Set<String> imported = new HashSet<>();
        if (session.nodeExists(RECORD) && session.getNode(RECORD).hasProperty("imported")) {
            for (javax.jcr.Value value : session.getNode(RECORD).getProperty("imported").getValues()) {
                imported.add(value.getString());
            }
        }
        return imported;
    }

    private static void record(Session session, String resourcePath) throws RepositoryException {
        Node record = session.nodeExists(RECORD) ? session.getNode(RECORD)
                : session.getNode("/" + Workspaces.CONFIG).addNode("bootstrap", "nt:unstructured");
        Set<String> imported = imported(session);
        imported.add(resourcePath);
        record.setProperty("imported", imported.stream().sorted().toArray(String[]::new));
    }
}
