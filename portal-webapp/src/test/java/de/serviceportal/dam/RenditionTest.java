package de.serviceportal.dam;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Calendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentStages;

/**
 * Renditions of the theme's imaging variations: scaled by decoding the served bytes, never upscaled, revalidated
 * by ETag, used in srcset of rendered pages and offered by the delivery API as Magnolia's {@code renditions}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=dam-renditions")
class RenditionTest {

    /** The demo stage image of Merseburg's home page (800 × 450 PNG). */
    static final String STAGE_IMAGE = "612aa1f7-7b1c-49f0-a23d-8658de174a76";

    @LocalServerPort
    int port;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void renditionsAreScaledToTheVariationsWidthKeepingTheAspectRatioAndNeverUpscaled() throws Exception {
        String id = publishedJpeg("gross-" + System.nanoTime(), 2000, 1000);
        for (int[] expected : new int[][] {{480, 480, 240}, {960, 960, 480}, {1600, 1600, 800}}) {
            HttpResponse<byte[]> response = get("/.imaging/mte/portal-theme/" + expected[0] + "/dam/jcr:" + id
                    + "/bild.jpg", null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertThat(image.getWidth()).isEqualTo(expected[1]);
            assertThat(image.getHeight()).isEqualTo(expected[2]);
        }
        // the 800 px wide stage image is never made larger: its 1600 rendition is the original
        HttpResponse<byte[]> small = get("/.imaging/mte/portal-theme/1600/dam/jcr:" + STAGE_IMAGE
                + "/merseburg-stadtansicht.png", null);
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(small.body()));
        assertThat(original.getWidth()).isEqualTo(800);
        assertThat(original.getHeight()).isEqualTo(450);
        HttpResponse<byte[]> png = get("/.imaging/mte/portal-theme/480/dam/jcr:" + STAGE_IMAGE + "/x.png", null);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(scaled.getWidth()).isEqualTo(480);
        assertThat(scaled.getHeight()).isEqualTo(270);
    }

    @Test
    void renditionsAreRevalidatedByEtagAndUnknownOnesAreNotFound() throws Exception {
        String path = "/.imaging/mte/portal-theme/480/dam/jcr:" + STAGE_IMAGE + "/merseburg-stadtansicht.png";
        HttpResponse<byte[]> first = get(path, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public");
        assertThat(get(path, etag).statusCode()).isEqualTo(304);
        assertThat(get("/.imaging/mte/portal-theme/123/dam/jcr:" + STAGE_IMAGE + "/x.png", null).statusCode())
                .isEqualTo(404);
        assertThat(get("/.imaging/mte/portal-theme/480/dam/jcr:00000000-0000-0000-0000-000000000000/x.png", null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousVisitorsNeverGetRenditionsOfUnpublishedAssets() throws Exception {
        String name = "entwurf-" + System.nanoTime();
        byte[] jpeg = jpeg(1000, 500);
        String id = stages.draft().write(session -> asset(session.getNode("/dam/portal/bilder"), name, jpeg)
                .getIdentifier());
        assertThat(get("/.imaging/mte/portal-theme/480/dam/jcr:" + id + "/bild.jpg", null).statusCode())
                .isEqualTo(404);
        assertThat(get("/dam/jcr:" + id + "/bild.jpg", null).statusCode()).isEqualTo(404);
    }

    @Test
    void renderedPagesOfferTheRenditionsInSrcset() throws Exception {
        String html = new String(get("/merseburg", null).body(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher img = Pattern.compile("<img src=\"/dam/jcr:" + STAGE_IMAGE + "/[^\"]+\" srcset=\"([^\"]+)\" "
                + "sizes=\"([^\"]+)\"").matcher(html);
        assertThat(img.find()).as("stage image with srcset in:\n%s", html).isTrue();
        assertThat(img.group(1)).isEqualTo("/.imaging/mte/portal-theme/480/dam/jcr:" + STAGE_IMAGE
                + "/merseburg-stadtansicht.png 480w, /.imaging/mte/portal-theme/960/dam/jcr:" + STAGE_IMAGE
                + "/merseburg-stadtansicht.png 800w");
        assertThat(img.group(2)).contains("100vw");
    }

    @Test
    void theDeliveryApiResolvesAssetRenditionsInMagnoliasShape() throws Exception {
        JsonNode page = new ObjectMapper().readTree(get("/.rest/delivery/pages/v1/merseburg", null).body());
        JsonNode image = find(page, STAGE_IMAGE);
        assertThat(image).as("resolved stage image").isNotNull();
        JsonNode renditions = image.get("renditions");
        assertThat(renditions.get("480").get("link").asText()).isEqualTo("/.imaging/mte/portal-theme/480/dam/jcr:"
                + STAGE_IMAGE + "/merseburg-stadtansicht.png");
        assertThat(renditions.get("480").get("mimeType").asText()).isEqualTo("image/png");
        assertThat(renditions.get("960").get("link").asText()).contains("/960/");
        assertThat(renditions.get("1600").get("link").asText()).contains("/1600/");
    }

    /** The first object in the tree whose {@code @id} is the identifier and that has a {@code link}. */
    private static JsonNode find(JsonNode node, String identifier) {
        if (node.isObject() && identifier.equals(node.path("@id").asText()) && node.has("link")) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = find(child, identifier);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String publishedJpeg(String name, int width, int height) throws IOException {
        byte[] jpeg = jpeg(width, height);
        String id = stages.draft().write(session -> asset(session.getNode("/dam/portal/bilder"), name, jpeg)
                .getIdentifier());
        publisher.publish("dam", "/portal/bilder/" + name, false, "test", null);
        return id;
    }

    static Node asset(Node folder, String name, byte[] jpeg) throws javax.jcr.RepositoryException {
        Node asset = folder.addNode(name, "mgnl:asset");
        asset.setProperty("title", name);
        asset.setProperty("alt", "Testbild");
        Node resource = asset.addNode("jcr:content", "mgnl:resource");
        resource.setProperty("jcr:data", folder.getSession().getValueFactory().createBinary(
                new ByteArrayInputStream(jpeg)));
        resource.setProperty("jcr:mimeType", "image/jpeg");
        resource.setProperty("fileName", "bild.jpg");
        resource.setProperty("jcr:lastModified", Calendar.getInstance());
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        resource.setProperty("width", image.getWidth());
        resource.setProperty("height", image.getHeight());
        return asset;
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
