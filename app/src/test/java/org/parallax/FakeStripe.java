package org.parallax;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local stand-in for Stripe's API, started once for the web tests' application (its address is
 * the {@code parallax.billing.stripe-api-base} setting). It records each form posted to it and
 * answers a Checkout Session creation as Stripe does, with the URL of the payment page.
 */
public final class FakeStripe {

    public static final String SECRET_KEY = "sk_test_parallax_fake";
    public static final String WEBHOOK_SECRET = "whsec_parallax_test_secret";
    public static final String CHECKOUT_PAGE = "https://checkout.stripe.test/c/pay/cs_test_parallax";

    /** One request the application sent. */
    public record Request(String method, String path, Map<String, String> headers, Map<String, String> form) {
    }

    private static final List<Request> received = new ArrayList<>();
    private static HttpServer server;

    private FakeStripe() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
                synchronized (FakeStripe.class) {
                    received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, form(body)));
                }
                byte[] answer = """
                        {"id": "cs_test_parallax", "object": "checkout.session", "mode": "subscription",
                         "status": "open", "url": "%s"}""".formatted(CHECKOUT_PAGE).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Request-Id", "req_parallax_test");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the application sent so far, oldest first. */
    public static synchronized List<Request> received() {
        return List.copyOf(received);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
        return fields;
    }
}
