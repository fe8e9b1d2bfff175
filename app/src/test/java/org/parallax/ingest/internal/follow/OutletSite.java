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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local web server standing in for several outlets: it serves the feeds and pages a test puts
 * on it, answers conditional requests with 304, and records what was asked for.
 */
final class OutletSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Handler> raw = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    OutletSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        // A stalled response must not hold up the others, as it would on one thread.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    OutletSite serve(String path, String contentType, String body) {
        pages.put(path, new Page(200, contentType, body));
        return this;
    }

    /** Serves raw bytes with extra headers, such as a Content-Encoding the body only pretends to have. */
    OutletSite serveBytes(String path, String contentType, byte[] body, String... headers) {
        raw.put(path, exchange -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    /** Answers with a redirect to another path of this site. */
    OutletSite redirect(String path, String toPath) {
        raw.put(path, exchange -> {
            exchange.getResponseHeaders().add("Location", toPath);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    /** Sends a feed one byte a second, as a stalled server does. */
    OutletSite trickle(String path) {
        raw.put(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException | IOException e) {
                // the client gave up, as it should
            }
        });
        return this;
    }

    OutletSite fail(String path, int status) {
        pages.put(path, new Page(status, "text/html; charset=utf-8", "<html><body><h1>Error " + status + "</h1></body></html>"));
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        if (raw.containsKey(path)) {
            raw.get(path).handle(exchange);
            return;
        }
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
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private record Page(int status, String contentType, String body) {
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
