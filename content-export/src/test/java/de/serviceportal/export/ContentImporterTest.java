package de.serviceportal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Calendar;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContentImporterTest {

    static final String PAGE_FILE = "website.merseburg.buergerservice.yaml";
    static final String DAM_FILE = "dam.merseburg.yaml";
    static final String XML_FILE = "website.merseburg.impressum.xml";
    static final String PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAE0lEQVR4nGM4IKAg4LCAAYiBLAAa"
            + "bgPBMjNragAAAABJRU5ErkJggg==";

    private OakTestRepository repository;
    private Session session;
    private ContentImporter importer;

    @BeforeEach
    void setUp() throws Exception {
        repository = new OakTestRepository();
        session = repository.login();
        session.getRootNode().getNode("website").addNode("merseburg", "mgnl:page");
        session.save();
        importer = new ContentImporter(session);
    }

    @AfterEach
    void tearDown() {
        repository.close();
    }

    static InputStream resource(String name) {
        return ContentImporterTest.class.getResourceAsStream("/" + name);
    }

    static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsMagnoliaPageWithIdentifiersTypesAndOrder() throws Exception {
        importer.importFile(PAGE_FILE, resource(PAGE_FILE), "/website/merseburg", IdCollision.THROW);
        session.save();

        Node page = session.getNode("/website/merseburg/buergerservice");
        assertThat(page.getPrimaryNodeType().getName()).isEqualTo("mgnl:page");
        assertThat(OakTestRepository.mixins(page)).containsExactly("mgnl:hasVersion");
        assertThat(page.getIdentifier()).isEqualTo("3bddc370-2df0-4550-ab65-6426630870ec");
        assertThat(page.getProperty("title").getString()).isEqualTo("Bürgerservice");
        assertThat(page.getProperty("hideInNav").getType()).isEqualTo(PropertyType.BOOLEAN);
        assertThat(page.getProperty("hideInNav").getBoolean()).isFalse();
        assertThat(page.getProperty("navigationOrder").getType()).isEqualTo(PropertyType.LONG);
        assertThat(page.getProperty("navigationOrder").getLong()).isEqualTo(3);
        assertThat(page.getProperty("sitemapPriority").getType()).isEqualTo(PropertyType.DOUBLE);
        assertThat(page.getProperty("sitemapPriority").getDouble()).isEqualTo(0.8);
        assertThat(page.getProperty("mgnl:lastActivatedVersion").getString()).isEqualTo("1.0");

        Property keywords = page.getProperty("keywords");
        assertThat(keywords.isMultiple()).isTrue();
        assertThat(keywords.getType()).isEqualTo(PropertyType.STRING);
        assertThat(keywords.getValues()).extracting(v -> v.getString())
                .containsExactly("Bürgerbüro", "Meldewesen", "Personalausweis");

        // Unquoted timestamp: a DATE that keeps its offset.
        Property created = page.getProperty("mgnl:created");
        assertThat(created.getType()).isEqualTo(PropertyType.DATE);
        assertThat(created.getString()).isEqualTo("2019-11-25T13:34:09.584+01:00");
        Calendar expected = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        expected.clear();
        expected.set(2019, Calendar.NOVEMBER, 25, 12, 34, 9);
        expected.set(Calendar.MILLISECOND, 584);
        assertThat(created.getDate().getTimeInMillis()).isEqualTo(expected.getTimeInMillis());
        // Quoted date on a well-known Magnolia date property: still a DATE.
        assertThat(page.getProperty("mgnl:lastActivated").getType()).isEqualTo(PropertyType.DATE);
        assertThat(page.getProperty("mgnl:lastActivated").getString()).isEqualTo("2022-07-27T10:00:52.828+02:00");
        // Quoted date on an ordinary property: stays the text it is.
        assertThat(page.getProperty("publishDate").getType()).isEqualTo(PropertyType.STRING);

        Node main = page.getNode("main");
        assertThat(main.getPrimaryNodeType().getName()).isEqualTo("mgnl:area");
        // '0' and '00' are different nodes, in file order.
        assertThat(OakTestRepository.childNames(main)).containsExactly("00", "0", "01");
        assertThat(OakTestRepository.childNames(page)).containsExactly("main", "personalausweis");
        Node text = main.getNode("00");
        assertThat(text.getIdentifier()).isEqualTo("96f568cd-e808-4183-8a12-871fbb2a5121");
        assertThat(text.getProperty("text").getString()).isEqualTo("<p>Das Bürgerbüro der Stadt Merseburg ist "
                + "Ihre erste Anlaufstelle für Meldeangelegenheiten, Ausweise und Beglaubigungen.</p>\n\n"
                + "<p>Termine vereinbaren Sie bitte online.</p>\n");
        Node link = main.getNode("0/teasers/0/link");
        assertThat(link.getPrimaryNodeType().getName()).isEqualTo("mgnl:contentNode");
        assertThat(link.getIdentifier()).isEqualTo("5308db66-f726-4e8a-93a2-ea0b11644373");
        assertThat(session.getNodeByIdentifier("691bdc7d-3a6c-4161-a85f-645b5b53f84e").getPath())
                .isEqualTo("/website/merseburg/buergerservice/personalausweis");

        Node event = main.getNode("01");
        assertThat(event.getProperty("eventStart").getType()).isEqualTo(PropertyType.DATE);
        assertThat(event.getProperty("eventEnd").getString()).isEqualTo("2024-05-01T18:00:00.000+02:00");
        assertThat(event.getProperty("maxParticipants").getLong()).isEqualTo(120);
    }

    @Test
    void importsDamAssetWithBinary() throws Exception {
        importer.importFile(DAM_FILE, resource(DAM_FILE), "/dam", IdCollision.THROW);
        session.save();

        Node asset = session.getNodeByIdentifier("090eb9c4-b35b-4869-a12f-6ea80292cba4");
        assertThat(asset.getPath()).isEqualTo("/dam/merseburg/wappen");
        assertThat(asset.getPrimaryNodeType().getName()).isEqualTo("mgnl:asset");
        Node resource = asset.getNode("jcr:content");
        assertThat(resource.getPrimaryNodeType().getName()).isEqualTo("mgnl:resource");
        Property data = resource.getProperty("jcr:data");
        assertThat(data.getType()).isEqualTo(PropertyType.BINARY);
        assertThat(data.getBinary().getStream().readAllBytes()).isEqualTo(Base64.getDecoder().decode(PNG_BASE64));
        assertThat(resource.getProperty("size").getLong()).isEqualTo(76);
        assertThat(resource.getProperty("jcr:mimeType").getString()).isEqualTo("image/png");
    }

    @Test
    void importsSystemViewXml() throws Exception {
        importer.importFile(XML_FILE, resource(XML_FILE), "/website/merseburg", IdCollision.THROW);
        session.save();

        Node page = session.getNode("/website/merseburg/impressum");
        assertThat(page.getIdentifier()).isEqualTo("c7c11927-7eca-4ac0-99e4-e1c02db22c74");
        assertThat(page.getPrimaryNodeType().getName()).isEqualTo("mgnl:page");
        assertThat(OakTestRepository.mixins(page)).containsExactly("mgnl:hasVersion");
        assertThat(page.getProperty("hideInNav").getBoolean()).isTrue();
        assertThat(page.getProperty("mgnl:created").getType()).isEqualTo(PropertyType.DATE);
        Node component = page.getNode("main/0");
        assertThat(component.getIdentifier()).isEqualTo("de70c3a3-93d0-41ab-977a-9e62a19045bb");
        assertThat(component.getProperty("text").getString()).startsWith("<p>Stadt Merseburg");
        assertThat(component.getProperty("zoomLevels").getValues()).extracting(v -> v.getLong())
                .containsExactly(12L, 15L);
    }

    @Test
    void doesNotSave() throws Exception {
        importer.importYaml(resource(PAGE_FILE), "/website/merseburg", IdCollision.THROW);

        assertThat(session.hasPendingChanges()).isTrue();
        Session other = repository.login();
        assertThat(other.nodeExists("/website/merseburg/buergerservice")).isFalse();
    }

    @Test
    void collisionThrowRejectsExistingIdentifier() throws Exception {
        importer.importYaml(resource(PAGE_FILE), "/website/merseburg", IdCollision.THROW);
        session.save();
        session.getRootNode().getNode("website").addNode("kopie", "mgnl:page");

        assertThatThrownBy(() -> importer.importFile(PAGE_FILE, resource(PAGE_FILE), "/website/kopie",
                IdCollision.THROW))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(PAGE_FILE + ":")
                .hasMessageContaining("existiert bereits");
    }

    @Test
    void collisionReplaceExistingReplacesTheNodeInPlace() throws Exception {
        importer.importYaml(resource(PAGE_FILE), "/website/merseburg", IdCollision.THROW);
        session.save();
        session.getNode("/website/merseburg/buergerservice").setProperty("title", "Lokal geändert");
        session.save();

        importer.importYaml(resource(PAGE_FILE), "/website/merseburg", IdCollision.REPLACE_EXISTING);
        session.save();

        Node page = session.getNodeByIdentifier("3bddc370-2df0-4550-ab65-6426630870ec");
        assertThat(page.getPath()).isEqualTo("/website/merseburg/buergerservice");
        assertThat(page.getProperty("title").getString()).isEqualTo("Bürgerservice");
        assertThat(OakTestRepository.childNames(session.getNode("/website/merseburg")))
                .containsExactly("buergerservice");
    }

    @Test
    void collisionCreateNewAssignsNewIdentifiers() throws Exception {
        importer.importYaml(resource(PAGE_FILE), "/website/merseburg", IdCollision.THROW);
        session.getRootNode().getNode("website").addNode("kopie", "mgnl:page");

        importer.importYaml(resource(PAGE_FILE), "/website/kopie", IdCollision.CREATE_NEW);
        session.save();

        Node original = session.getNode("/website/merseburg/buergerservice");
        Node copy = session.getNode("/website/kopie/buergerservice");
        assertThat(original.getIdentifier()).isEqualTo("3bddc370-2df0-4550-ab65-6426630870ec");
        assertThat(copy.getIdentifier()).isNotEqualTo(original.getIdentifier());
        assertThat(copy.getProperty("title").getString()).isEqualTo("Bürgerservice");
        assertThat(copy.getNode("main/00").getIdentifier()).isNotEqualTo("96f568cd-e808-4183-8a12-871fbb2a5121");
    }

    @Test
    void malformedYamlNamesFileAndLine() {
        String broken = """
                'seite':
                  'jcr:primaryType': 'mgnl:page'
                  'title': 'Bürgerservice'
                  'main':
                    'jcr:primaryType': 'mgnl:area'
                   'falsch': 'eingerückt'
                """;
        assertThatThrownBy(() -> importer.importFile("website.seite.yaml", yaml(broken), "/website",
                IdCollision.THROW))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.getFileName()).isEqualTo("website.seite.yaml");
                    assertThat(e.getLine()).isEqualTo(6);
                    assertThat(e.getMessage()).startsWith("website.seite.yaml:6: Ungültiges YAML");
                });
        assertThat(sessionHasNoChanges()).isTrue();
    }

    @Test
    void invalidValueNamesTheLine() {
        String badDate = """
                'seite':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:created': 'gestern'
                """;
        assertThatThrownBy(() -> importer.importYaml(yaml(badDate), "/website", IdCollision.THROW))
                .isInstanceOf(ImportException.class)
                .hasMessage("Zeile 3: Wert 'gestern' von Eigenschaft 'mgnl:created' ist kein gültiges Datum "
                        + "(ISO 8601 erwartet)");
    }

    @Test
    void repositoryErrorNamesTheLineOfTheNode() {
        String unknownType = """
                'seite':
                  'jcr:primaryType': 'mgnl:page'
                  'main':
                    'jcr:primaryType': 'mgnl:gibtEsNicht'
                    'title': 'x'
                """;
        assertThatThrownBy(() -> importer.importFile("website.seite.yaml", yaml(unknownType), "/website",
                IdCollision.THROW))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.getLine()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("mgnl:gibtEsNicht");
                });
    }

    @Test
    void unknownNamespacePrefixIsReportedBeforeTouchingTheRepository() {
        String foreign = """
                'seite':
                  'jcr:primaryType': 'mgnl:page'
                  'cq:template': 'x'
                """;
        assertThatThrownBy(() -> importer.importYaml(yaml(foreign), "/website", IdCollision.THROW))
                .isInstanceOf(ImportException.class)
                .hasMessage("Zeile 3: Unbekanntes Namensraum-Präfix 'cq'");
    }

    @Test
    void malformedXmlNamesTheLine() {
        String xml = """
                <?xml version="1.0"?>
                <sv:node xmlns:sv="http://www.jcp.org/jcr/sv/1.0" sv:name="x">
                  <sv:property sv:name="title" sv:type="String"><sv:value>a</sv:value>
                </sv:node>
                """;
        assertThatThrownBy(() -> importer.importFile("website.x.xml", yaml(xml), "/website", IdCollision.THROW))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getLine()).isEqualTo(4));
    }

    @Test
    void rejectsMissingParentAndUnknownExtension() {
        assertThatThrownBy(() -> importer.importYaml(resource(PAGE_FILE), "/website/gibtsnicht", IdCollision.THROW))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("'/website/gibtsnicht' existiert nicht");
        assertThatThrownBy(() -> importer.importFile("website.seite.json", yaml("{}"), "/website",
                IdCollision.THROW))
                .isInstanceOf(ImportException.class)
                .hasMessage("website.seite.json: Unbekanntes Dateiformat (erwartet .yaml, .yml oder .xml)");
    }

    private boolean sessionHasNoChanges() {
        try {
            return !session.hasPendingChanges();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
