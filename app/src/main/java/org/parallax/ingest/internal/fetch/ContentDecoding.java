package org.parallax.ingest.internal.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.parallax.ingest.FetchFailed;

/**
 * Undoes the Content-Encoding of a body (gzip or deflate), stopping at the size limit: a small
 * gzip that would inflate to gigabytes (a "gzip bomb") yields only a cut beginning.
 */
final class ContentDecoding {

    private ContentDecoding() {
    }

    static Body decode(Body raw, String contentEncoding, int limit) {
        String coding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (coding.isEmpty() || coding.equals("identity") || raw.bytes().length == 0) {
            return raw;
        }
        ByteArrayInputStream in = new ByteArrayInputStream(raw.bytes());
        return switch (coding) {
            case "gzip", "x-gzip" -> inflate(coding, raw, limit, () -> new GZIPInputStream(in), null);
            case "deflate" -> {
                // "deflate" should be zlib-wrapped, but some servers send the bare stream; the header tells which.
                Inflater inflater = new Inflater(!hasZlibHeader(raw.bytes()));
                yield inflate(coding, raw, limit, () -> new InflaterInputStream(in, inflater), inflater);
            }
            default -> throw new FetchFailed("unsupported Content-Encoding: " + contentEncoding, false);
        };
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static Body inflate(String coding, Body raw, int limit, Opener opener, Inflater inflater) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream decoded = opener.open()) {
            for (int n = decoded.read(buffer); n >= 0; n = decoded.read(buffer)) {
                if (n > limit - out.size()) {
                    out.write(buffer, 0, limit - out.size());
                    return new Body(out.toByteArray(), true);
                }
                out.write(buffer, 0, n);
            }
            return new Body(out.toByteArray(), raw.cut());
        } catch (IOException e) {
            if (raw.cut()) {
                return new Body(out.toByteArray(), true); // the end was never received, so it cannot decode
            }
            throw new FetchFailed("could not decode the " + coding + " body: " + e.getMessage(), false, e);
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
    }

    private static boolean hasZlibHeader(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0x0f) == 8 && (((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff)) % 31 == 0;
    }
}
