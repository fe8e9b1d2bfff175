package org.parallax.ingest.internal.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.ingest.FetchFailed;
import org.parallax.ingest.Fetched;
import org.parallax.ingest.WebFetcher;
import org.springframework.stereotype.Component;

/** The web fetcher: guarded, paced and robots-abiding requests, with conditional GET and a size limit. */
@Component
class PoliteFetcher implements WebFetcher, AutoCloseable {

    private final FetchProperties properties;
    private final HttpClient client;
    private final Exchange exchange;
    private final RobotsCache robots;

    PoliteFetcher(FetchProperties properties) {
        this.properties = properties;
        // Redirects are followed by hand so each hop meets the guard; HTTP/1.1 because one request at
        // a time per host leaves nothing for HTTP/2 to multiplex.
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        HostPacing pacing = new HostPacing(properties.hostDelay());
        this.exchange = new Exchange(client, new AddressGuard(properties.allowedHosts()), pacing, properties);
        this.robots = new RobotsCache(exchange, pacing, properties.robotsMaxAge());
    }

    @Override
    public Fetched fetch(URI uri, String etag, String lastModified) {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (etag != null && !etag.isBlank()) {
            conditions.put("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            conditions.put("If-Modified-Since", lastModified);
        }
        int limit = (int) properties.maxBodySize().toBytes();
        Answer answer = exchange.follow(withoutFragment(uri), conditions, limit, robots::check);
        if (answer.status() == 304) {
            return new Fetched(answer.uri(), 304, answer.header("Content-Type"), new byte[0],
                    orElse(answer.header("ETag"), etag), orElse(answer.header("Last-Modified"), lastModified), true);
        }
        if (!answer.success()) {
            throw answer.failure();
        }
        Body body = ContentDecoding.decode(answer.body(), answer.header("Content-Encoding"), limit);
        if (body.cut()) {
            throw new FetchFailed("too large: over " + Says.size(properties.maxBodySize()), false);
        }
        return new Fetched(answer.uri(), answer.status(), answer.header("Content-Type"), body.bytes(),
                answer.header("ETag"), answer.header("Last-Modified"), false);
    }

    @Override
    public void close() {
        client.close();
    }

    /** The fragment is for the reader's browser, never sent; dropping it also keeps redirect loops recognisable. */
    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
