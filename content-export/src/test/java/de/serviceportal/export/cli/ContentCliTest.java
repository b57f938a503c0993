package de.serviceportal.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ContentCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copyResource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ContentCliTest.class.getResourceAsStream("/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void convertsYamlToXmlAndBackWithoutChange() throws Exception {
        Path yaml = copyResource("dam.merseburg.yaml");
        Path xml = dir.resolve("dam.merseburg.xml");
        Path back = dir.resolve("dam.merseburg.back.yaml");

        assertThat(run("convert", yaml.toString(), xml.toString())).isZero();
        assertThat(run("convert", xml.toString(), back.toString())).isZero();

        String xmlText = Files.readString(xml);
        assertThat(xmlText).contains("<sv:node", "sv:name=\"merseburg\"", "sv:type=\"Binary\"",
                "xmlns:mgnl=\"http://www.magnolia.info/jcr/mgnl\"",
                "<sv:value>090eb9c4-b35b-4869-a12f-6ea80292cba4</sv:value>");
        // The source file is already in the exporter's layout, so the round trip reproduces it byte for byte.
        assertThat(Files.readString(back)).isEqualTo(Files.readString(yaml));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Umgewandelt: ");
    }

    @Test
    void convertsSystemViewXmlToYaml() throws Exception {
        Path xml = copyResource("website.merseburg.impressum.xml");
        Path yaml = dir.resolve("impressum.yaml");

        assertThat(run("convert", xml.toString(), yaml.toString())).isZero();

        assertThat(Files.readString(yaml)).startsWith("""
                'impressum':
                  'hideInNav': true
                  'jcr:mixinTypes': ['mgnl:hasVersion']
                  'jcr:primaryType': 'mgnl:page'
                  'jcr:uuid': 'c7c11927-7eca-4ac0-99e4-e1c02db22c74'
                  'mgnl:created': 2020-02-01T08:16:19.204+01:00
                """).contains("      'zoomLevels': [12, 15]\n");
    }

    @Test
    void validateReportsEveryProblemWithFileAndLine() throws Exception {
        Path good = copyResource("website.merseburg.buergerservice.yaml");
        Path bad = dir.resolve("website.kaputt.yaml");
        Files.writeString(bad, """
                'kaputt':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:created': 'gestern'
                  'cq:tags': ['a']
                  'jcr:uuid': '123'
                """);

        assertThat(run("validate", good.toString(), bad.toString())).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: " + good);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                bad + ":3: Wert 'gestern' von Eigenschaft 'mgnl:created' ist kein gültiges Datum (ISO 8601 erwartet)",
                bad + ":5: '123' ist keine gültige jcr:uuid");
    }

    @Test
    void validateReportsUnknownPrefixAndBrokenXml() throws Exception {
        Path yaml = dir.resolve("website.fremd.yaml");
        Files.writeString(yaml, "'fremd':\n  'jcr:primaryType': 'mgnl:page'\n  'cq:tags': ['a']\n");
        Path xml = dir.resolve("website.kaputt.xml");
        Files.writeString(xml, "<sv:node xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\" sv:name=\"x\">\n<sv:property>\n");

        assertThat(run("validate", yaml.toString(), xml.toString())).isEqualTo(1);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains(yaml + ":3: Unbekanntes Namensraum-Präfix 'cq'", xml + ":2: ");
    }

    @Test
    void failedConversionLeavesNoOutputFile() throws Exception {
        Path bad = dir.resolve("website.kaputt.yaml");
        Files.writeString(bad, "'x':\n  'a': [\n");
        Path target = dir.resolve("website.kaputt.xml");

        assertThat(run("convert", bad.toString(), target.toString())).isEqualTo(1);

        assertThat(target).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(bad + ":3: Ungültiges YAML");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(bad);
        }
    }

    @Test
    void wrongCallPrintsUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("convert", "nur-eins.yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Aufruf:");
    }
}
