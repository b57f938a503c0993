package de.serviceportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Locates the npm-distributed test tools (axe-core, Nu HTML checker) under {@code <repo root>/.tools} and installs
 * them with npm when they are missing or have another version than pinned in {@value #VERSIONS_FILE}, so that
 * {@code mvn verify} works on a fresh machine that has node/npm. {@code .ci/run} reads the same versions file.
 */
public final class TestTools {

    /** The single place where the tool versions are pinned, relative to the repository root. */
    static final String VERSIONS_FILE = ".ci/test-tools.versions";
    static final String AXE_PACKAGE = "axe-core";
    static final String VNU_PACKAGE = "vnu-jar";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NPM_TIMEOUT_MINUTES = 10;

    /** Guarded by TestTools.class: test classes of one JVM install at most once. */
    private static boolean verified;

    private TestTools() {
    }

    /**
     * The repository root: the nearest folder at or above the working directory that contains {@code portal-webapp/}
     * and {@code light-modules/} (or, as long as there is no {@code light-modules/}, the reactor {@code pom.xml}).
     */
    public static Path repoRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("portal-webapp"))
                    && (Files.isDirectory(dir.resolve("light-modules")) || Files.isRegularFile(dir.resolve("pom.xml")))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (folder with light-modules/ and portal-webapp/)"
                + " at or above " + start);
    }

    /** {@code <repo root>/.tools}, where npm installs the tools. */
    public static Path toolsDir() {
        return repoRoot().resolve(".tools");
    }

    /** axe-core's {@code axe.min.js}, installed first if needed. */
    public static Path axeScript() {
        ensureInstalled();
        return packageDir(toolsDir(), AXE_PACKAGE).resolve("axe.min.js");
    }

    /** The Nu HTML checker's {@code vnu.jar}, installed first if needed. */
    public static Path vnuJar() {
        ensureInstalled();
        return packageDir(toolsDir(), VNU_PACKAGE).resolve("build/dist/vnu.jar");
    }

    /** The pinned versions, package name to version, in file order. */
    public static Map<String, String> pinnedVersions() {
        return readVersions(repoRoot().resolve(VERSIONS_FILE));
    }

    /** Installs the pinned tools unless they are present in the pinned versions; at most once per JVM. */
    public static synchronized void ensureInstalled() {
        if (verified) {
            return;
        }
        Path tools = toolsDir();
        Map<String, String> pinned = pinnedVersions();
        if (!upToDate(tools, pinned)) {
            installLocked(tools, pinned);
        }
        verified = true;
    }

    static Map<String, String> readVersions(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pinned test tool versions " + file, e);
        }
        Map<String, String> versions = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // lastIndexOf: scoped packages (@scope/name@1.0) start with an '@' themselves.
            int at = line.lastIndexOf('@');
            if (at <= 0 || at == line.length() - 1) {
                throw new IllegalStateException("Expected 'package@version' in " + file + ", got: " + line);
            }
            versions.put(line.substring(0, at), line.substring(at + 1));
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("No package@version lines in " + file);
        }
        return versions;
    }

    static boolean upToDate(Path tools, Map<String, String> pinned) {
        for (Map.Entry<String, String> entry : pinned.entrySet()) {
            if (!entry.getValue().equals(installedVersion(tools, entry.getKey()))) {
                return false;
            }
        }
        return Files.isRegularFile(packageDir(tools, AXE_PACKAGE).resolve("axe.min.js"))
                && Files.isRegularFile(packageDir(tools, VNU_PACKAGE).resolve("build/dist/vnu.jar"));
    }

    static String installedVersion(Path tools, String packageName) {
        Path packageJson = packageDir(tools, packageName).resolve("package.json");
        if (!Files.isRegularFile(packageJson)) {
            return null;
        }
        JsonNode version = JSON.readTree(packageJson.toFile()).get("version");
        return version == null ? null : version.asString();
    }

    private static Path packageDir(Path tools, String packageName) {
        return tools.resolve("node_modules").resolve(packageName);
    }

    /** A file lock, because several JVMs (IDE and Maven, parallel forks) may share one checkout. */
    private static void installLocked(Path tools, Map<String, String> pinned) {
        try {
            Files.createDirectories(tools);
            try (FileChannel channel = FileChannel.open(tools.resolve(".install.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!upToDate(tools, pinned)) {
                    npmInstall(tools, pinned);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the test tools into " + tools, e);
        }
    }

    private static void npmInstall(Path tools, Map<String, String> pinned) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                "npm", "install", "--no-audit", "--no-fund",
                // vnu-jar's postinstall script downloads a Java runtime; we run vnu.jar with our own JVM.
                "--ignore-scripts",
                "--prefix", tools.toString()));
        pinned.forEach((name, version) -> command.add(name + "@" + version));
        // Never inherit IO: the Surefire fork talks to Maven over its own stdout.
        Path log = tools.resolve("npm-install.log");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("The browser tests need node and npm to install " + pinned
                    + " into " + tools + ": install them (apt-get install -y nodejs npm)", e);
        }
        try {
            if (!process.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("npm install timed out; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
        if (process.exitValue() != 0 || !upToDate(tools, pinned)) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed (exit " + process.exitValue()
                    + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
