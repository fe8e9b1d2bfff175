package org.parallax.ingest;

import java.net.URI;

/**
 * What a fetch brought back. {@code notModified} is true when the server answered a conditional
 * request with 304, and then {@code body} is empty.
 */
public record Fetched(URI finalUri, int status, String contentType, byte[] body, String etag, String lastModified,
        boolean notModified) {
}
