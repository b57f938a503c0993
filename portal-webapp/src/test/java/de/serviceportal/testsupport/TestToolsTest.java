package de.serviceportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestToolsTest {

    @Test
    void findsTheRepositoryRootAboveTheModule() {
        Path root = TestTools.repoRoot();

        assertThat(root.resolve("portal-webapp")).isDirectory();
        assertThat(root.resolve(TestTools.VERSIONS_FILE)).isRegularFile();
    }

    @Test
    void installsExactlyThePinnedVersions() {
        assertThat(TestTools.pinnedVersions()).containsOnlyKeys("axe-core", "vnu-jar");

        assertThat(TestTools.axeScript()).isRegularFile();
        assertThat(TestTools.vnuJar()).isRegularFile();
        TestTools.pinnedVersions().forEach((name, version) ->
                assertThat(TestTools.installedVersion(TestTools.toolsDir(), name)).as(name).isEqualTo(version));
    }

    @Test
    void parsesTheVersionsFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("versions"), "# comment\n\naxe-core@1.2.3\n@scope/tool@4.5.6\n");

        assertThat(TestTools.readVersions(file)).containsExactly(
                org.assertj.core.api.Assertions.entry("axe-core", "1.2.3"),
                org.assertj.core.api.Assertions.entry("@scope/tool", "4.5.6"));
    }

    @Test
    void rejectsALineWithoutVersion(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("versions"), "axe-core\n");

        assertThatThrownBy(() -> TestTools.readVersions(file)).hasMessageContaining("package@version");
    }

    @Test
    void seesAnOutdatedInstallation(@TempDir Path tools) throws IOException {
        Path axe = Files.createDirectories(tools.resolve("node_modules/axe-core"));
        Files.writeString(axe.resolve("package.json"), "{\"version\": \"1.0.0\"}");

        assertThat(TestTools.installedVersion(tools, "axe-core")).isEqualTo("1.0.0");
        assertThat(TestTools.upToDate(tools, java.util.Map.of("axe-core", "4.14.1"))).isFalse();
    }
}
