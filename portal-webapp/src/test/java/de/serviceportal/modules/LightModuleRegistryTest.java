package de.serviceportal.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.serviceportal.testsupport.FixtureModules;

@SuppressWarnings("unchecked")
class LightModuleRegistryTest {

    @TempDir
    Path root;

    private LightModuleRegistry registry;

    /** Marks scripts containing BROKEN as unusable, standing in for the FreeMarker parser. */
    private final ScriptCheck check = (path, source) -> source.contains("BROKEN")
            ? Optional.of(new DefinitionProblem(path, 1 + (int) source.lines().takeWhile(l -> !l.contains("BROKEN")).count(), "broken script"))
            : Optional.empty();

    @BeforeEach
    void start() throws IOException {
        FixtureModules.copyTo(root);
        registry = new LightModuleRegistry(root, true, List.of(check));
    }

    @AfterEach
    void stop() throws IOException {
        registry.destroy();
    }

    @Test
    void registersDefinitionsByModuleAndPath() {
        Definitions definitions = registry.current();
        assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:pages/page")).isPresent();
        assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:components/text")).isPresent();
        assertThat(definitions.get(DefinitionType.SITE, "test-site:test")).isPresent();
        assertThat(definitions.problems()).isEmpty();
        // templateScript defaults to the .ftl beside the .yaml
        assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:components/text").orElseThrow()
                .string("templateScript")).isEqualTo("/test-site/templates/components/text.ftl");
        // the portal's own module comes from the classpath
        assertThat(definitions.script("/portal-core/templates/areas/list.ftl")).isPresent();
        assertThat(definitions.messages().get("test.greeting", java.util.Locale.ENGLISH)).isEqualTo("Good day");
        assertThat(definitions.messages().get("test.greeting", java.util.Locale.FRENCH)).isEqualTo("Guten Tag");
    }

    @Test
    void resolvesIncludeAndInherit() {
        Definition page = registry.current().get(DefinitionType.TEMPLATE, "test-site:pages/page").orElseThrow();
        assertThat(area(page, "main")).containsEntry("type", "list");
        assertThat((Map<String, Object>) area(page, "main").get("availableComponents")).containsKey("text");

        Definition special = registry.current().get(DefinitionType.TEMPLATE, "test-site:pages/special").orElseThrow();
        assertThat(special.string("title")).isEqualTo("Sonderseite");
        assertThat(special.string("visible")).isEqualTo("true");
        assertThat(area(special, "main")).containsEntry("maxComponents", 2).containsKey("availableComponents");
        assertThat(special.properties()).containsKey("areas");
        assertThat(special.map("areas")).containsKeys("main", "footer", "stage");
    }

    @Test
    void overrideReplacesInsteadOfMerging() throws Exception {
        write("test-site/templates/pages/plain.yaml", """
                !inherit:test-site:pages/page
                areas: !override
                  only:
                    type: single
                """);
        Definition plain = awaitDefinition("test-site:pages/plain", d -> true);
        assertThat(plain.map("areas")).containsOnlyKeys("only");
        assertThat(plain.string("title")).isEqualTo("Testseite");
    }

    @Test
    void decorationAddsAComponentToAnotherModulesArea() throws Exception {
        write("my-plugin/templates/components/widget.yaml", "title: Widget\n");
        write("my-plugin/decorations/test-site/templates/pages/page.areas.main.availableComponents.yaml",
                "widget: {id: my-plugin:components/widget}\n");
        Definition page = awaitDefinition("test-site:pages/page",
                d -> ((Map<String, Object>) area(d, "main").get("availableComponents")).containsKey("widget"));
        assertThat((Map<String, Object>) area(page, "main").get("availableComponents")).containsKeys("text", "widget");
    }

    @Test
    void brokenYamlIsReportedWithFileAndLineAndTheLastGoodVersionStays() throws Exception {
        write("test-site/templates/components/text.yaml", "title: Text\ndescription: [unclosed\nother: 1\n");
        Definitions definitions = await(d -> !d.problems().isEmpty());
        DefinitionProblem problem = definitions.problems().get(0);
        assertThat(problem.file()).isEqualTo("/test-site/templates/components/text.yaml");
        assertThat(problem.line()).isBetween(2, 4);
        assertThat(problem.message()).contains("last good version");
        assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:components/text").orElseThrow()
                .string("title")).isEqualTo("Text");

        write("test-site/templates/components/text.yaml", "title: Fließtext\n");
        Definitions fixed = await(d -> d.problems().isEmpty());
        assertThat(fixed.get(DefinitionType.TEMPLATE, "test-site:components/text").orElseThrow().string("title"))
                .isEqualTo("Fließtext");
    }

    @Test
    void brokenScriptKeepsTheLastGoodText() throws Exception {
        String good = registry.current().script("/test-site/templates/components/text.ftl").orElseThrow();
        write("test-site/templates/components/text.ftl", "line one\nBROKEN here\n");
        Definitions definitions = await(d -> !d.problems().isEmpty());
        assertThat(definitions.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("/test-site/templates/components/text.ftl");
            assertThat(problem.line()).isEqualTo(2);
        });
        assertThat(definitions.script("/test-site/templates/components/text.ftl")).contains(good);
    }

    @Test
    void missingIncludeAndInheritTargetsAreProblemsNotFailures() throws Exception {
        write("test-site/templates/pages/orphan.yaml", "!inherit:test-site:pages/nowhere\ntitle: Waise\n");
        write("test-site/templates/pages/lost.yaml", "title: Verloren\nareas:\n  main: !include:/test-site/includes/missing.yaml\n");
        Definitions definitions = await(d -> d.problems().size() == 2);
        assertThat(definitions.problems()).extracting(DefinitionProblem::message)
                .anyMatch(m -> m.contains("test-site:pages/nowhere"))
                .anyMatch(m -> m.contains("/test-site/includes/missing.yaml"));
        assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:pages/page")).isPresent();
    }

    @Test
    void addingAndDeletingFilesTakesEffect() throws Exception {
        write("test-site/templates/components/quote.yaml", "title: Zitat\n");
        awaitDefinition("test-site:components/quote", d -> true);
        Files.delete(root.resolve("test-site/templates/components/quote.yaml"));
        Definitions definitions = await(d -> d.get(DefinitionType.TEMPLATE, "test-site:components/quote").isEmpty());
        assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:components/text")).isPresent();
        // a whole new module folder is picked up as well
        write("new-module/templates/components/fresh.yaml", "title: Neu\n");
        awaitDefinition("new-module:components/fresh", d -> true);
    }

    @Test
    void aBrokenFileNeverStopsTheStart() throws IOException {
        write("test-site/templates/components/broken.yaml", "title: [kaputt\n");
        write("test-site/templates/components/broken.ftl", "BROKEN\n");
        LightModuleRegistry fresh = new LightModuleRegistry(root, false, List.of(check));
        try {
            Definitions definitions = fresh.current();
            assertThat(definitions.problems()).extracting(DefinitionProblem::file).containsExactlyInAnyOrder(
                    "/test-site/templates/components/broken.yaml", "/test-site/templates/components/broken.ftl");
            assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:components/broken")).isEmpty();
            assertThat(definitions.get(DefinitionType.TEMPLATE, "test-site:components/text")).isPresent();
            assertThat(definitions.get(DefinitionType.SITE, "test-site:test")).isPresent();
        } finally {
            fresh.destroy();
        }
    }

    @Test
    void unchangedFilesKeepTheSnapshot() {
        Definitions first = registry.current();
        assertThat(registry.current()).isSameAs(first);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> area(Definition definition, String name) {
        return (Map<String, Object>) definition.map("areas").get(name);
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Definition awaitDefinition(String id, Predicate<Definition> condition) throws InterruptedException {
        return await(d -> d.get(DefinitionType.TEMPLATE, id).filter(condition).isPresent())
                .get(DefinitionType.TEMPLATE, id).orElseThrow();
    }

    /** File events arrive asynchronously from the kernel; they are seen within milliseconds. */
    private Definitions await(Predicate<Definitions> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Definitions definitions = registry.current();
        while (!condition.test(definitions) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            definitions = registry.current();
        }
        assertThat(condition.test(definitions)).as("condition reached; problems: %s", definitions.problems()).isTrue();
        return definitions;
    }
}
