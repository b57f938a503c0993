package de.serviceportal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.jcr.PropertyType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typing and error rules of the YAML reader, without a repository. */
class MagnoliaYamlReaderTest {

    private static ParsedContent read(String yaml) {
        return MagnoliaYamlReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ContentProperty single(String value) {
        ParsedContent content = read("'n':\n  'p': " + value + "\n");
        assertThat(content.problems()).isEmpty();
        return content.roots().get(0).property("p");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "true                              | Boolean | true",
        "yes                               | Boolean | true",
        "Off                               | Boolean | false",
        "'true'                            | String  | true",
        "42                                | Long    | 42",
        "-0x1F                             | Long    | -31",
        "010                               | Long    | 8",
        "1_000                             | Long    | 1000",
        "'007'                             | String  | 007",
        "99999999999999999999              | Decimal | 99999999999999999999",
        "0.5                               | Double  | 0.5",
        "-.inf                             | Double  | -Infinity",
        "2019-11-25T13:34:09.584+01:00     | Date    | 2019-11-25T13:34:09.584+01:00",
        "2019-11-25 13:34:09.5 +1          | Date    | 2019-11-25T13:34:09.500+01:00",
        "2019-11-25T13:34:09Z              | Date    | 2019-11-25T13:34:09.000Z",
        "2019-11-25T13:34:09               | Date    | 2019-11-25T13:34:09.000Z",
        "2019-11-25                        | Date    | 2019-11-25T00:00:00.000Z",
        "2019-11-25T13:34:09.123456+00:00  | Date    | 2019-11-25T13:34:09.123Z",
        "'2019-11-25T13:34:09.584+01:00'   | String  | 2019-11-25T13:34:09.584+01:00",
        "!decimal '1.50'                   | Decimal | 1.50",
        "!reference 'abc'                  | Reference | abc",
        "!!str 12                          | String  | 12",
        "'mgnl:page'                       | String  | mgnl:page",
    })
    void typesScalarsLikeMagnolia(String yaml, String type, String value) {
        ContentProperty property = single(yaml);
        assertThat(PropertyType.nameFromValue(property.type())).isEqualTo(type);
        assertThat(property.values()).containsExactly(value);
        assertThat(property.multiple()).isFalse();
    }

    @Test
    void wellKnownDatePropertiesTurnQuotedDatesIntoDatesUnlessTaggedAsString() {
        ParsedContent content = read("""
                'n':
                  'mgnl:lastModified': '2022-07-27T10:00:27.266+02:00'
                  'mgnl:created': !!str '2022-07-27T10:00:27.266+02:00'
                """);
        ContentNode node = content.roots().get(0);
        assertThat(node.property("mgnl:lastModified").type()).isEqualTo(PropertyType.DATE);
        assertThat(node.property("mgnl:created").type()).isEqualTo(PropertyType.STRING);
    }

    @Test
    void listsAreMultiValueProperties() {
        ContentNode node = read("""
                'n':
                  'tags': ['a', 'b']
                  'nummern':
                    - 1
                    - 2.5
                  'gemischt': [1, 'a', true]
                  'leer': []
                  'jcr:mixinTypes': 'mgnl:hasVersion'
                """).roots().get(0);
        assertThat(node.property("tags")).isEqualTo(
                new ContentProperty("tags", PropertyType.STRING, true, java.util.List.of("a", "b"), 2));
        assertThat(node.property("nummern").type()).isEqualTo(PropertyType.DOUBLE);
        assertThat(node.property("nummern").values()).containsExactly("1.0", "2.5");
        assertThat(node.property("gemischt").type()).isEqualTo(PropertyType.STRING);
        assertThat(node.property("gemischt").values()).containsExactly("1", "a", "true");
        assertThat(node.property("leer").values()).isEmpty();
        assertThat(node.property("jcr:mixinTypes").multiple()).isTrue();
        assertThat(node.property("jcr:mixinTypes").type()).isEqualTo(PropertyType.NAME);
    }

    @Test
    void namesAreTakenLiterallyAndPropertiesPrecedeChildren() {
        ContentNode node = read("""
                'n':
                  0:
                    'a': 1
                  00:
                    'a': 2
                  'spät': 'nach den Kindern'
                """).roots().get(0);
        assertThat(node.children).extracting(c -> c.name).containsExactly("0", "00");
        assertThat(node.children.get(1).line).isEqualTo(4);
        assertThat(node.property("spät").line()).isEqualTo(6);
    }

    @Test
    void collectsAllContentProblemsWithLines() {
        ParsedContent content = read("""
                'n':
                  'jcr:uuid': 'keine-uuid'
                  'leer':
                  'a': 1
                  'a': 2
                  'x/y': 1
                  'bild': !!binary 'nicht base64!'
                  'k1':
                    'jcr:uuid': '3bddc370-2df0-4550-ab65-6426630870ec'
                  'k2':
                    'jcr:uuid': '3bddc370-2df0-4550-ab65-6426630870ec'
                  'liste': [{'a': 1}]
                  'typ': !!set {}
                """);
        assertThat(content.problems()).extracting(Problem::line).containsExactly(2, 3, 5, 6, 7, 12, 13, 11);
        assertThat(content.problems().get(0).message()).isEqualTo("'keine-uuid' ist keine gültige jcr:uuid");
        assertThat(content.problems().get(1).message()).isEqualTo("Eigenschaft 'leer' hat keinen Wert");
        assertThat(content.problems().get(2).message()).isEqualTo("Schlüssel 'a' kommt in diesem Knoten mehrfach vor");
        assertThat(content.problems().get(7).message()).contains("kommt mehrfach vor (zuerst in Zeile 9)");
    }

    @Test
    void syntaxErrorIsTheOnlyProblem() {
        ParsedContent content = read("'n':\n  'a': [1, 2\n  'b': 3\n");
        assertThat(content.problems()).hasSize(1);
        assertThat(content.problems().get(0).message()).startsWith("Ungültiges YAML:");
        assertThat(content.problems().get(0).line()).isEqualTo(3);
    }

    @Test
    void topLevelMustBeNodes() {
        assertThat(read("").problems()).extracting(Problem::message).containsExactly("Die Datei enthält keine Inhalte");
        assertThat(read("- a\n").problems()).hasSize(1);
        assertThat(read("'titel': 'x'\n").problems()).extracting(Problem::message)
                .containsExactly("Der oberste Eintrag 'titel' muss ein Knoten sein, keine Eigenschaft");
    }

    @Test
    void mergeKeysAndInvalidTypeNamesAreProblems() {
        ParsedContent content = read("""
                'basis': &b
                  'jcr:primaryType': 'mgnl:page'
                'seite':
                  <<: *b
                  'kind':
                    'jcr:primaryType': 'mgnl:[area]'
                """);
        assertThat(content.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(4, "YAML-Merge-Schlüssel ('<<') werden nicht unterstützt"),
                tuple(6, "Ungültiger Knotentyp: Name 'mgnl:[area]' enthält das unerlaubte Zeichen '['"));
    }

    @Test
    void recursiveAliasIsAProblemNotAStackOverflow() {
        ParsedContent content = read("'n': &a\n  'kind': *a\n");
        assertThat(content.problems()).extracting(Problem::message)
                .containsExactly("Knoten 'kind' enthält sich selbst (rekursiver YAML-Alias)");
    }
}
