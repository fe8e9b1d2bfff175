package org.parallax.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a DKIM-Signature (rsa-sha256, relaxed/relaxed) the way a receiving server does, written
 * from RFC 6376 for the tests and independent of the signing library: the body hash, then the
 * signature over the signed headers.
 */
public final class DkimVerifier {

    private DkimVerifier() {
    }

    /** The tags of the message's DKIM-Signature when it verifies with the key; an exception says why not. */
    public static Map<String, String> verify(byte[] raw, PublicKey key) throws Exception {
        String message = new String(raw, StandardCharsets.ISO_8859_1).replaceAll("(?<!\r)\n", "\r\n");
        int split = message.indexOf("\r\n\r\n");
        List<String> headers = unfoldedHeaders(message.substring(0, split + 2));
        String body = message.substring(split + 4);
        String signatureHeader = headers.stream().filter(h -> name(h).equals("dkim-signature")).findFirst()
                .orElseThrow(() -> new AssertionError("no DKIM-Signature header"));
        Map<String, String> tags = tags(value(signatureHeader));
        check(tags.get("a"), "rsa-sha256");
        check(tags.get("c"), "relaxed/relaxed");

        byte[] bodyHash = MessageDigest.getInstance("SHA-256").digest(relaxedBody(body).getBytes(StandardCharsets.ISO_8859_1));
        check(Base64.getEncoder().encodeToString(bodyHash), tags.get("bh").replaceAll("\\s", ""));

        StringBuilder signed = new StringBuilder();
        List<String> remaining = new ArrayList<>(headers);
        for (String wanted : tags.get("h").replaceAll("\\s", "").split(":")) {
            // for a header named twice, the last one not yet used is signed first
            for (int i = remaining.size() - 1; i >= 0; i--) {
                if (name(remaining.get(i)).equals(wanted.toLowerCase(Locale.ROOT))) {
                    signed.append(relaxedHeader(remaining.remove(i))).append("\r\n");
                    break;
                }
            }
        }
        String withoutB = signatureHeader.replaceFirst("(?<=[;:\\s])b=[^;]*", "b=");
        signed.append(relaxedHeader(withoutB));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!rsa.verify(Base64.getDecoder().decode(tags.get("b").replaceAll("\\s", "")))) {
            throw new AssertionError("the DKIM signature does not verify over the signed headers");
        }
        return tags;
    }

    private static void check(String actual, String expected) {
        if (!expected.equals(actual)) {
            throw new AssertionError("DKIM: expected " + expected + " but found " + actual);
        }
    }

    private static List<String> unfoldedHeaders(String block) {
        List<String> headers = new ArrayList<>();
        for (String line : block.split("\r\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && !headers.isEmpty()) {
                headers.set(headers.size() - 1, headers.getLast() + "\r\n" + line);
            } else if (!line.isEmpty()) {
                headers.add(line);
            }
        }
        return headers;
    }

    private static String name(String header) {
        return header.substring(0, header.indexOf(':')).strip().toLowerCase(Locale.ROOT);
    }

    private static String value(String header) {
        return header.substring(header.indexOf(':') + 1);
    }

    private static String relaxedHeader(String header) {
        String value = value(header).replace("\r\n", "").replaceAll("[ \t]+", " ").strip();
        return name(header) + ":" + value;
    }

    private static String relaxedBody(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\r\n", -1)) {
            lines.add(line.replaceAll("[ \t]+", " ").replaceAll(" $", ""));
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines.isEmpty() ? "" : String.join("\r\n", lines) + "\r\n";
    }

    private static Map<String, String> tags(String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : value.replace("\r\n", "").split(";")) {
            int equals = tag.indexOf('=');
            if (equals > 0) {
                tags.put(tag.substring(0, equals).strip(), tag.substring(equals + 1).strip());
            }
        }
        return tags;
    }
}
