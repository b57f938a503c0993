package de.serviceportal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Throw-away HTTP server on 127.0.0.1 (random port) serving the pages under {@code src/test/resources/testsupport},
 * so that the harness self-tests need no Spring context.
 */
final class PageServer implements AutoCloseable {

    private static final String RESOURCE_FOLDER = "/testsupport/";

    private final HttpServer server;

    private PageServer(HttpServer server) {
        this.server = server;
    }

    static PageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", PageServer::serve);
            server.start();
            return new PageServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test page server", e);
        }
    }

    /** The URL of a page, e.g. {@code url("good.html")}. */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    /** The source of a page as served, for the HTML checker. */
    static String source(String page) {
        try (InputStream in = PageServer.class.getResourceAsStream(RESOURCE_FOLDER + page)) {
            if (in == null) {
                throw new IllegalArgumentException("No test page " + RESOURCE_FOLDER + page);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(1);
        try (InputStream in = name.matches("[a-z-]+\\.html") ? PageServer.class.getResourceAsStream(RESOURCE_FOLDER + name) : null) {
            if (in == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
