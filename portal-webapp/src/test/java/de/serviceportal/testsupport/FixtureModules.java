package de.serviceportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The test light modules in {@code src/test/resources/fixture-modules}, copied where a test may change them. */
public final class FixtureModules {

    private FixtureModules() {
    }

    public static Path source() {
        return TestTools.repoRoot().resolve("portal-webapp/src/test/resources/fixture-modules");
    }

    public static void copyTo(Path target) throws IOException {
        copy(source(), target);
    }

    /** Copies a folder of light modules (or any tree) into {@code target}, which may already hold others. */
    public static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Path destination = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(file, destination);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
