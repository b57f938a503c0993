package de.serviceportal.modules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether anything below the light-modules folder changed since the last call. Polled on each request, so a
 * change is seen by the next request without a background thread of our own.
 */
final class FileWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileWatcher.class);

    private final Path root;
    private final WatchService watchService;

    FileWatcher(Path root) throws IOException {
        this.root = root;
        this.watchService = FileSystems.getDefault().newWatchService();
        Files.createDirectories(root);
        registerTree(root);
    }

    /** Drains pending events; new folders are watched from now on. */
    boolean changed() {
        boolean changed = false;
        WatchKey key;
        try {
            while ((key = watchService.poll()) != null) {
                Path directory = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    changed = true;
                    if (event.context() instanceof Path name
                            && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && Files.isDirectory(directory.resolve(name))) {
                        registerTree(directory.resolve(name));
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException e) {
            return false;
        }
        return changed;
    }

    private void registerTree(Path start) {
        try (Stream<Path> directories = Files.walk(start)) {
            directories.filter(Files::isDirectory).forEach(directory -> {
                try {
                    directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (IOException e) {
                    LOG.warn("Cannot watch {} for changes: {}", directory, e.getMessage());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Cannot watch {} for changes: {}", start, e.getMessage());
        }
    }

    Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        watchService.close();
    }
}
