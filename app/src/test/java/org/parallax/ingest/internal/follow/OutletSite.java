package org.parallax.ingest.internal.follow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local web server standing in for several outlets: it serves the feeds and pages a test puts
 * on it, answers conditional requests with 304, and records what was asked for.
 */
final class OutletSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    OutletSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    OutletSite serve(String path, String contentType, String body) {
        pages.put(path, new Page(200, contentType, body));
        return this;
    }

    OutletSite fail(String path, int status) {
        pages.put(path, new Page(status, "text/html; charset=utf-8", "<html><body><h1>Error " + status + "</h1></body></html>"));
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        Page page = pages.get(path);
        if (page == null) {
            send(exchange, 404, "text/plain", "not found");
            return;
        }
        String etag = "\"" + Integer.toHexString(page.body().hashCode()) + "\"";
        if (page.status() == 200 && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("ETag", etag);
        send(exchange, page.status(), page.contentType(), page.body());
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Page(int status, String contentType, String body) {
    }
}
