package org.parallax.ingest;

import java.net.URI;

/**
 * Fetches feeds and pages politely and safely: a clear User-Agent, robots.txt, one request at a
 * time per host with a delay, timeouts, a size limit, few redirects, and no requests to private
 * addresses unless the admin allowed the host.
 */
public interface WebFetcher {

    /**
     * @param etag         the ETag of the last successful fetch, for a conditional request (may be null)
     * @param lastModified the Last-Modified of the last successful fetch (may be null)
     * @throws FetchFailed with a clear reason when nothing usable came back
     */
    Fetched fetch(URI uri, String etag, String lastModified);
}
