package org.parallax.ingest.internal.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A small outlet's web server on 127.0.0.1 for the fetcher to visit; it notes every request it serves. */
final class LocalSite implements AutoCloseable {

    record Visit(String path, Headers headers, long startedNanos, long endedNanos) {
    }

    private static final HttpHandler NOT_FOUND = respond(404, "No such page at the Varnholm Courier");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Visit> visits = new CopyOnWriteArrayList<>();

    LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(workers);
        server.createContext("/", this::serve);
        server.start();
    }

    LocalSite on(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    List<Visit> visits() {
        return List.copyOf(visits);
    }

    List<Visit> visitsTo(String path) {
        return visits.stream().filter(visit -> visit.path().equals(path)).toList();
    }

    static HttpHandler respond(int status, String body, String... headerPairs) {
        return respond(status, body.getBytes(StandardCharsets.UTF_8), headerPairs);
    }

    static HttpHandler respond(int status, byte[] body, String... headerPairs) {
        return exchange -> {
            for (int i = 0; i < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
            }
            boolean empty = body.length == 0 || status == 304;
            exchange.sendResponseHeaders(status, empty ? -1 : body.length);
            if (!empty) {
                exchange.getResponseBody().write(body);
            }
        };
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String path = exchange.getRequestURI().getRawPath();
        try {
            routes.getOrDefault(path, NOT_FOUND).handle(exchange);
        } finally {
            visits.add(new Visit(path, exchange.getRequestHeaders(), started, System.nanoTime()));
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
