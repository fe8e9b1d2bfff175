package org.parallax.ingest.internal.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Set;
import org.parallax.ingest.FetchFailed;
import org.springframework.http.HttpStatus;

/** What one server said to one request: status, headers and the body as received (still encoded). */
record Answer(URI uri, int status, HttpHeaders headers, Body body) {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    boolean redirect() {
        return REDIRECTS.contains(status);
    }

    boolean success() {
        return status >= 200 && status < 300;
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Where a redirect points, resolved against this answer's URL (Location may be relative). */
    URI location() {
        String location = header("Location");
        if (location == null || location.isBlank()) {
            throw new FetchFailed(statusLine() + " without a Location", false);
        }
        try {
            return uri.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchFailed(statusLine() + " to a malformed Location: " + location, false, e);
        }
    }

    /** The failure this status means; worth retrying later for 408, 429 and server errors. */
    FetchFailed failure() {
        boolean temporary = status == 408 || status == 429 || status >= 500;
        return new FetchFailed(statusLine(), temporary);
    }

    String statusLine() {
        HttpStatus known = HttpStatus.resolve(status);
        return "HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase());
    }
}
