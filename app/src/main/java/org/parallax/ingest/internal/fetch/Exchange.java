package org.parallax.ingest.internal.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.parallax.ingest.FetchFailed;

/**
 * Requests made the careful way: each URL, redirects included, passes the address guard, waits its
 * turn at the host, and gets a whole-response deadline and a body limit.
 */
final class Exchange {

    private final HttpClient client;
    private final AddressGuard guard;
    private final HostPacing pacing;
    private final FetchProperties properties;

    Exchange(HttpClient client, AddressGuard guard, HostPacing pacing, FetchProperties properties) {
        this.client = client;
        this.guard = guard;
        this.pacing = pacing;
        this.properties = properties;
    }

    /**
     * Follows redirects by hand, so every hop is checked before it is requested.
     *
     * @param beforeEachHop a further check of every URL (robots.txt), which throws to refuse it
     * @return the first answer that is not a redirect
     */
    Answer follow(URI start, Map<String, String> headers, int bodyLimit, Consumer<URI> beforeEachHop) {
        Set<URI> visited = new HashSet<>();
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            if (!visited.add(current)) {
                throw new FetchFailed("redirect loop: back to " + current, false);
            }
            guard.check(current);
            beforeEachHop.accept(current);
            Answer answer = send(current, headers, bodyLimit);
            if (!answer.redirect()) {
                return answer;
            }
            if (redirects == properties.maxRedirects()) {
                throw new FetchFailed("too many redirects: more than " + properties.maxRedirects(), false);
            }
            current = answer.location();
        }
    }

    private Answer send(URI uri, Map<String, String> headers, int bodyLimit) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(properties.readTimeout())
                .header("User-Agent", properties.userAgent())
                .header("Accept-Encoding", "gzip");
        headers.forEach(request::header);
        return pacing.inTurn(uri.getHost(), () -> exchange(request.build(), bodyLimit));
    }

    private Answer exchange(HttpRequest request, int bodyLimit) {
        CompletableFuture<HttpResponse<Body>> response = client.sendAsync(request, info -> new BodyCollector(bodyLimit));
        try {
            // The request's own timeout only covers the wait for headers; this covers the body too.
            HttpResponse<Body> done = response.get(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(request.uri(), done.statusCode(), done.headers(), done.body());
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted", true, e);
        } catch (ExecutionException e) {
            throw failure(request.uri(), e.getCause());
        }
    }

    private FetchFailed failure(URI uri, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchFailed("could not connect to " + uri.getAuthority() + " within "
                    + Says.duration(properties.connectTimeout()), true, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchFailed("could not connect to " + uri.getAuthority(), true, cause);
        }
        if (cause instanceof IOException) {
            return new FetchFailed("connection to " + uri.getAuthority() + " failed: " + cause.getMessage(), true, cause);
        }
        return new FetchFailed("cannot fetch " + uri + ": " + cause, false, cause);
    }

    private FetchFailed timedOut(Throwable cause) {
        return new FetchFailed("timed out after " + Says.duration(properties.readTimeout()), true, cause);
    }
}
