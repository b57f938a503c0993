package de.serviceportal.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Light modules packaged in jars (how plugins ship theirs), and the file system overriding them. */
class JarModuleTest {

    @TempDir
    Path temp;

    @Test
    void modulesInsideJarsAreFoundAndTheFileSystemWins() throws IOException {
        Path jar = temp.resolve("plugin.jar");
        writeJar(jar, Map.of(
                "light-modules/jar-plugin/templates/components/widget.yaml", "title: Widget aus dem Jar\n",
                "light-modules/jar-plugin/templates/components/widget.ftl", "<p>jar</p>\n",
                "light-modules/jar-plugin/webresources/css/widget.css", "p{}\n"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<ModuleResource> classpath = ModuleScanner.classpath(loader);
            assertThat(classpath).extracting(ModuleResource::resourcePath).contains(
                    "/jar-plugin/templates/components/widget.yaml", "/jar-plugin/templates/components/widget.ftl",
                    "/jar-plugin/webresources/css/widget.css");
            assertThat(classpath).allMatch(r -> r.origin() == ModuleResource.Origin.CLASSPATH);

            Definitions fromJar = new DefinitionLoader(List.of()).load(1, classpath, List.of(), null);
            assertThat(fromJar.get(DefinitionType.TEMPLATE, "jar-plugin:components/widget").orElseThrow()
                    .string("title")).isEqualTo("Widget aus dem Jar");
            assertThat(fromJar.script("/jar-plugin/templates/components/widget.ftl")).contains("<p>jar</p>\n");

            Path folder = Files.createDirectories(temp.resolve("modules/jar-plugin/templates/components"));
            Files.writeString(folder.resolve("widget.yaml"), "title: Angepasstes Widget\n");
            Definitions overridden = new DefinitionLoader(List.of()).load(2, classpath,
                    ModuleScanner.fileSystem(temp.resolve("modules")), null);
            Definition widget = overridden.get(DefinitionType.TEMPLATE, "jar-plugin:components/widget").orElseThrow();
            assertThat(widget.string("title")).isEqualTo("Angepasstes Widget");
            assertThat(widget.source().origin()).isEqualTo(ModuleResource.Origin.FILE_SYSTEM);
            assertThat(overridden.script("/jar-plugin/templates/components/widget.ftl")).contains("<p>jar</p>\n");
        }
    }

    /** Written like Maven writes jars: with directory entries, which classpath scanning relies on. */
    private static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            java.util.Set<String> directories = new java.util.TreeSet<>();
            for (String name : entries.keySet()) {
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    directories.add(name.substring(0, slash + 1));
                }
            }
            for (String directory : directories) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
