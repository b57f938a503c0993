package de.serviceportal.modules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * All light modules of the portal: the folder {@code portal.light-modules} (default {@code ./light-modules}) and
 * {@code light-modules/} inside jars. Changes to the folder take effect on the next request.
 */
@Component
public class LightModuleRegistry implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LightModuleRegistry.class);

    private final Path root;
    private final List<ModuleResource> classpath;
    private final DefinitionLoader loader;
    private final FileWatcher watcher;
    private final List<Consumer<Definitions>> listeners = new CopyOnWriteArrayList<>();
    private volatile Definitions current;
    private long generation;

    public LightModuleRegistry(@Value("${portal.light-modules:./light-modules}") Path root,
            @Value("${portal.light-modules-watch:true}") boolean watch, List<ScriptCheck> scriptChecks) {
        this.root = root.toAbsolutePath().normalize();
        this.classpath = ModuleScanner.classpath(LightModuleRegistry.class.getClassLoader());
        this.loader = new DefinitionLoader(scriptChecks);
        this.watcher = watch ? startWatching(this.root) : null;
        reload();
        LOG.info("Light modules loaded from {} and the classpath: {} — {} problem(s)", this.root,
                current.modules(), current.problems().size());
    }

    private static FileWatcher startWatching(Path root) {
        try {
            return new FileWatcher(root);
        } catch (IOException e) {
            LOG.warn("Hot reload is off: cannot watch {}: {}", root, e.getMessage());
            return null;
        }
    }

    /** The current definitions, reloaded first if a module file changed. */
    public Definitions current() {
        if (watcher != null && watcher.changed()) {
            reload();
        }
        return current;
    }

    /** Called after every reload (e.g. to drop compiled templates). */
    public void onReload(Consumer<Definitions> listener) {
        listeners.add(listener);
    }

    public Path root() {
        return root;
    }

    synchronized void reload() {
        Definitions previous = current;
        Definitions next = loader.load(++generation, classpath, ModuleScanner.fileSystem(root), previous);
        logNewProblems(previous, next);
        current = next;
        if (previous != null) {
            LOG.info("Light modules reloaded (generation {})", next.generation());
            listeners.forEach(listener -> listener.accept(next));
        }
    }

    private static void logNewProblems(Definitions previous, Definitions next) {
        Set<DefinitionProblem> known = previous == null ? Set.of() : new HashSet<>(previous.problems());
        for (DefinitionProblem problem : next.problems()) {
            if (!known.contains(problem)) {
                LOG.error("Light-module problem in {}", problem);
            }
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
