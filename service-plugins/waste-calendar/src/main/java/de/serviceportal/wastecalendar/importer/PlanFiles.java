package de.serviceportal.wastecalendar.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CSV files of one year's plan as text (UTF-8 already decoded). Exceptions and special collections are
 * optional (null or empty). File names and columns: see the module README.
 */
public record PlanFiles(String tours, String streets, String exceptions, String specials) {

    public static final String TOURS = "touren.csv";
    public static final String STREETS = "strassen.csv";
    public static final String EXCEPTIONS = "ausnahmen.csv";
    public static final String SPECIALS = "sondertermine.csv";

    public static PlanFiles fromDirectory(Path dir) {
        return new PlanFiles(read(dir.resolve(TOURS)), read(dir.resolve(STREETS)),
                read(dir.resolve(EXCEPTIONS)), read(dir.resolve(SPECIALS)));
    }

    /** Reads the files from the class path, e.g. {@code waste-calendar/demo/2026}. */
    public static PlanFiles fromClasspath(String folder) {
        return new PlanFiles(resource(folder, TOURS), resource(folder, STREETS),
                resource(folder, EXCEPTIONS), resource(folder, SPECIALS));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String folder, String name) {
        try (InputStream in = PlanFiles.class.getClassLoader().getResourceAsStream(folder + "/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
