package de.serviceportal.export;

import static de.serviceportal.export.ContentImporterTest.DAM_FILE;
import static de.serviceportal.export.ContentImporterTest.PAGE_FILE;
import static de.serviceportal.export.ContentImporterTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.Session;
import javax.jcr.ValueFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** import(export(x)) keeps names, order, types, values and identifiers, in both formats. */
class RoundTripTest {

    private final ContentExporter exporter = new ContentExporter();
    private OakTestRepository source;
    private OakTestRepository target;
    private Session sourceSession;
    private Session targetSession;

    @BeforeEach
    void setUp() throws Exception {
        source = new OakTestRepository();
        target = new OakTestRepository();
        sourceSession = source.login();
        targetSession = target.login();
    }

    @AfterEach
    void tearDown() {
        source.close();
        target.close();
    }

    @Test
    void magnoliaPageSurvivesYamlRoundTrip() throws Exception {
        new ContentImporter(sourceSession).importYaml(resource(PAGE_FILE), "/website", IdCollision.THROW);
        sourceSession.save();
        Node original = sourceSession.getNode("/website/buergerservice");

        byte[] yaml = exportYaml(original);
        new ContentImporter(targetSession).importYaml(new ByteArrayInputStream(yaml), "/website", IdCollision.THROW);
        targetSession.save();
        Node copy = targetSession.getNode("/website/buergerservice");

        assertThat(OakTestRepository.snapshot(copy)).isEqualTo(OakTestRepository.snapshot(original));
        // Exporting again gives the same text: the format is stable.
        assertThat(new String(exportYaml(copy), StandardCharsets.UTF_8))
                .isEqualTo(new String(yaml, StandardCharsets.UTF_8));
    }

    @Test
    void exportLooksLikeMagnolia() throws Exception {
        new ContentImporter(sourceSession).importYaml(resource(PAGE_FILE), "/website", IdCollision.THROW);
        new ContentImporter(sourceSession).importYaml(resource(DAM_FILE), "/dam", IdCollision.THROW);
        sourceSession.save();

        String page = new String(exportYaml(sourceSession.getNode("/website/buergerservice")), StandardCharsets.UTF_8);
        assertThat(page).startsWith("""
                'buergerservice':
                  'hideInNav': false
                  'jcr:mixinTypes': ['mgnl:hasVersion']
                  'jcr:primaryType': 'mgnl:page'
                  'jcr:uuid': '3bddc370-2df0-4550-ab65-6426630870ec'
                  'keywords': ['Bürgerbüro', 'Meldewesen', 'Personalausweis']
                  'mgnl:activationStatus': true
                  'mgnl:created': 2019-11-25T13:34:09.584+01:00
                """);
        assertThat(page).contains("\n  'navigationOrder': 3\n", "\n  'sitemapPriority': 0.8\n",
                "\n    '00':\n", "\n    '0':\n", "\n  'personalausweis':\n");

        String dam = new String(exportYaml(sourceSession.getNode("/dam/merseburg")), StandardCharsets.UTF_8);
        assertThat(dam).contains("""
                      'jcr:data': !!binary |
                        iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAE0lEQVR4nGM4IKAg4LCAAYiBLAAa
                        bgPBMjNragAAAABJRU5ErkJggg==
                """);
    }

    @Test
    void damAssetSurvivesBothFormats() throws Exception {
        new ContentImporter(sourceSession).importYaml(resource(DAM_FILE), "/dam", IdCollision.THROW);
        sourceSession.save();
        Node original = sourceSession.getNode("/dam/merseburg");

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        exporter.exportSystemView(original, xml);
        new ContentImporter(targetSession).importSystemView(new ByteArrayInputStream(xml.toByteArray()), "/dam",
                IdCollision.THROW);
        targetSession.save();
        assertThat(OakTestRepository.snapshot(targetSession.getNode("/dam/merseburg")))
                .isEqualTo(OakTestRepository.snapshot(original));

        targetSession.getNode("/dam/merseburg").remove();
        targetSession.save();
        new ContentImporter(targetSession).importYaml(new ByteArrayInputStream(exportYaml(original)), "/dam",
                IdCollision.THROW);
        targetSession.save();
        assertThat(OakTestRepository.snapshot(targetSession.getNode("/dam/merseburg")))
                .isEqualTo(OakTestRepository.snapshot(original));
    }

    @Test
    void pageSurvivesSystemViewRoundTrip() throws Exception {
        new ContentImporter(sourceSession).importYaml(resource(PAGE_FILE), "/website", IdCollision.THROW);
        sourceSession.save();
        Node original = sourceSession.getNode("/website/buergerservice");

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        exporter.exportSystemView(original, xml);
        new ContentImporter(targetSession).importFile("website.buergerservice.xml",
                new ByteArrayInputStream(xml.toByteArray()), "/website", IdCollision.THROW);
        targetSession.save();

        assertThat(OakTestRepository.snapshot(targetSession.getNode("/website/buergerservice")))
                .isEqualTo(OakTestRepository.snapshot(original));
    }

    /** Every JCR property type, and strings that would be misread if they were not quoted. */
    @Test
    void everyPropertyTypeSurvivesYamlRoundTrip() throws Exception {
        Node node = sourceSession.getNode("/website").addNode("alles", "nt:unstructured");
        node.addMixin("mix:referenceable");
        Node target = node.addNode("ziel", "mgnl:contentNode");
        ValueFactory values = sourceSession.getValueFactory();
        node.setProperty("text", "Zeile 1\r\nZeile 2 mit 'Zitat' und \"Anführung\"\ttab ");
        node.setProperty("leer", "");
        node.setProperty("zahlText", "00123");
        node.setProperty("wahrText", "yes");
        node.setProperty("nullText", "~");
        node.setProperty("datumText", "2024-01-01T10:00:00.000+01:00");
        node.setProperty("mgnl:created", "2024-01-01T10:00:00.000+01:00");
        node.setProperty("lang", Long.MIN_VALUE);
        node.setProperty("gleitkomma", 1.0E10);
        node.setProperty("ganzGleitkomma", 3.0);
        node.setProperty("unendlich", Double.POSITIVE_INFINITY);
        node.setProperty("dezimal", new BigDecimal("1234567890.12345678901234567890"));
        node.setProperty("wahr", true);
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("GMT-03:30"));
        date.setTimeInMillis(1_700_000_000_123L);
        node.setProperty("datum", date);
        node.setProperty("binaer", values.createBinary(new ByteArrayInputStream(new byte[] {0, 1, 2, (byte) 255})));
        node.setProperty("name", values.createValue("mgnl:page", PropertyType.NAME));
        node.setProperty("pfad", values.createValue("/website/alles/ziel", PropertyType.PATH));
        node.setProperty("referenz", values.createValue(target));
        node.setProperty("schwacheReferenz", values.createValue(target, true));
        node.setProperty("uri", values.createValue(URI.create("https://www.merseburg.de/?a=1").toString(),
                PropertyType.URI));
        node.setProperty("zahlen", new String[] {"1", "2", "3"}, PropertyType.LONG);
        node.setProperty("daten", new String[] {"2024-01-01T10:00:00.000Z", "2024-06-01T10:00:00.000+02:00"},
                PropertyType.DATE);
        node.setProperty("leereListe", new String[0]);
        node.setProperty("einElement", new String[] {"nur eins"});
        node.addNode("0", "nt:unstructured");
        node.addNode("00", "nt:unstructured");
        node.addNode("true", "nt:unstructured");
        sourceSession.save();

        byte[] yaml = exportYaml(node);
        new ContentImporter(targetSession).importYaml(new ByteArrayInputStream(yaml), "/website", IdCollision.THROW);
        targetSession.save();

        List<String> copy = OakTestRepository.snapshot(targetSession.getNode("/website/alles"));
        assertThat(copy).isEqualTo(OakTestRepository.snapshot(node));
        assertThat(copy).contains("  mgnl:created (String) = 2024-01-01T10:00:00.000+01:00",
                "  datum (Date) = 2023-11-14T18:43:20.123-03:30", "  leereListe (String[]) = []");
    }

    private byte[] exportYaml(Node node) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportYaml(node, out);
        return out.toByteArray();
    }
}
