package de.serviceportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Validates HTML documents with the Nu HTML checker ({@code vnu.jar} from {@link TestTools#vnuJar()}). The JVM start
 * of vnu takes seconds, so validate all pages of a test in ONE call: each call starts one process for all pages.
 *
 * <pre>{@code
 * HtmlChecker.assertValid(Map.of("Startseite", startHtml, "Leistung Wohngeld", serviceHtml));
 * }</pre>
 */
public final class HtmlChecker {

    /** Key for messages that belong to no page (e.g. vnu could not read a file). */
    public static final String NO_PAGE = "(vnu)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MINUTES = 5;

    private HtmlChecker() {
    }

    /**
     * One vnu message. {@code type} is "error", "info" or "non-document-error"; warnings are "info" with
     * subType "warning" (errors may have subType "fatal").
     */
    public record Message(String type, String subType, String message, String url, Integer line, String extract) {

        /** Errors make a page invalid; "non-document-error" means vnu could not check it at all. */
        public boolean isError() {
            return "error".equals(type) || "non-document-error".equals(type);
        }

        public boolean isWarning() {
            return "warning".equals(type) || ("info".equals(type) && "warning".equals(subType));
        }

        @Override
        public String toString() {
            String kind = isWarning() ? "warning" : subType == null ? type : type + "/" + subType;
            String where = line == null ? "" : " line " + line;
            String snippet = extract == null ? "" : "  [" + extract.strip().replaceAll("\\s+", " ") + "]";
            return kind + where + ": " + message + snippet;
        }
    }

    /** Validates all pages (name to HTML source) in one vnu run; returns every page's messages, in input order. */
    public static Map<String, List<Message>> check(Map<String, String> pages) {
        Path dir = createTempDir();
        try {
            Map<String, String> pageByFile = writePages(dir, pages);
            String json = runVnu(dir, pageByFile.keySet());
            return parse(json, pages.keySet(), pageByFile);
        } finally {
            deleteRecursively(dir);
        }
    }

    /** Fails, listing every error of every page, unless all pages are valid; warnings are listed but never fail. */
    public static void assertValid(Map<String, String> pages) {
        Map<String, List<Message>> result = check(pages);
        boolean anyError = result.values().stream().flatMap(List::stream).anyMatch(Message::isError);
        String report = describe(result);
        if (!anyError && !report.isEmpty()) {
            System.err.println("HTML warnings (not failing):\n" + report);
        }
        assertThat(anyError).withFailMessage(() -> "HTML validation (Nu HTML checker) failed:\n" + report).isFalse();
    }

    /** {@link #assertValid(Map)} for one page. */
    public static void assertValid(String pageName, String html) {
        assertValid(Map.of(pageName, html));
    }

    /** Errors and warnings grouped by page, one line each; empty when there are none. */
    static String describe(Map<String, List<Message>> result) {
        StringBuilder text = new StringBuilder();
        result.forEach((page, messages) -> {
            List<Message> relevant = messages.stream().filter(m -> m.isError() || m.isWarning()).toList();
            if (!relevant.isEmpty()) {
                long errors = relevant.stream().filter(Message::isError).count();
                text.append("  ").append(page).append(": ").append(errors).append(" error(s)\n");
                relevant.forEach(m -> text.append("    - ").append(m).append('\n'));
            }
        });
        return text.toString();
    }

    /** File names are derived from page names so that vnu's output stays readable; returns file name to page. */
    private static Map<String, String> writePages(Path dir, Map<String, String> pages) {
        Map<String, String> pageByFile = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String base = page.getKey().replaceAll("[^A-Za-z0-9._-]+", "_");
                String file = base + ".html";
                for (int i = 2; pageByFile.containsKey(file); i++) {
                    file = base + "-" + i + ".html";
                }
                Files.writeString(dir.resolve(file), page.getValue(), StandardCharsets.UTF_8);
                pageByFile.put(file, page.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pages to " + dir, e);
        }
        return pageByFile;
    }

    private static String runVnu(Path dir, Iterable<String> files) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TestTools.vnuJar().toString(), "--format", "json", "--exit-zero-always"));
        files.forEach(file -> command.add(dir.resolve(file).toString()));
        // vnu prints its JSON on stderr; both go to files, never to the Surefire fork's own stdout.
        Path out = dir.resolve("vnu.stdout");
        Path err = dir.resolve("vnu.stderr");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("vnu did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String json = stderr.strip().startsWith("{") ? stderr : stdout;
            if (process.exitValue() != 0 || !json.strip().startsWith("{")) {
                throw new IllegalStateException("vnu failed (exit " + process.exitValue() + "): "
                        + String.join(" ", command) + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running vnu", e);
        }
    }

    static Map<String, List<Message>> parse(String json, Iterable<String> pageNames, Map<String, String> pageByFile) {
        Map<String, List<Message>> result = new LinkedHashMap<>();
        pageNames.forEach(page -> result.put(page, new ArrayList<>()));
        for (JsonNode m : JSON.readTree(json).path("messages")) {
            String url = text(m, "url");
            JsonNode line = m.get("lastLine");
            Message message = new Message(text(m, "type"), text(m, "subType"), text(m, "message"), url,
                    line == null ? null : line.asInt(), text(m, "extract"));
            String page = url == null ? null : pageByFile.get(fileName(url));
            result.computeIfAbsent(page == null ? NO_PAGE : page, key -> new ArrayList<>()).add(message);
        }
        result.replaceAll((page, messages) -> List.copyOf(messages));
        return result;
    }

    private static String fileName(String url) {
        try {
            return Path.of(URI.create(url)).getFileName().toString();
        } catch (RuntimeException e) {
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("portal-vnu-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp folder for vnu", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leftover temp files are harmless; never hide the test result behind them.
        }
    }
}
