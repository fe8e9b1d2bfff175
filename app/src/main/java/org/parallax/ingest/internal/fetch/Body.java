package org.parallax.ingest.internal.fetch;

/**
 * Bytes of a response body, at most the size limit; {@code cut} is true when the server had more,
 * so the bytes are only the beginning.
 */
record Body(byte[] bytes, boolean cut) {

    static final Body EMPTY = new Body(new byte[0], false);
}
