package de.serviceportal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Malformed requests get a short 400, never a stack trace; unknown paths get the site's 404 page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTest {

    @LocalServerPort
    int port;

    @Test
    void oversizedHeadersAreRejectedWith400() throws Exception {
        String response = raw("GET /merseburg HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "x".repeat(40_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void malformedUrlsAreRejectedWith400() throws Exception {
        for (String path : new String[] {"/merseburg/%zz", "/merseburg/%", "/merseburg/a%00b", "/merseburg/<script>"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 400");
            assertThat(response).as(path).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void unknownPathsGetTheSitesOwn404Page() throws Exception {
        String merseburg = raw("GET /merseburg/gibt-es-nicht HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(merseburg).startsWith("HTTP/1.1 404").contains("Stadt Merseburg").contains("<main");
        String saalekreis = raw("GET /saalekreis/gibt-es-nicht HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(saalekreis).startsWith("HTTP/1.1 404").contains("Landkreis Saalekreis");
        String region = raw("GET /gibt-es-nicht HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(region).startsWith("HTTP/1.1 404").contains("<main");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
