package org.parallax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe events for tests, built from the recorded shapes in {@code src/test/resources/stripe-events}
 * (copies of ../shared/data/stripe-events) and signed the way Stripe signs them: an HMAC-SHA256 of
 * "timestamp.body" with the endpoint secret, sent as {@code Stripe-Signature: t=...,v1=...}.
 */
public final class StripeWebhooks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StripeWebhooks() {
    }

    /** The event of this type (the shape's file name) with a new id and time, its object changed by {@code edit}. */
    public static String event(String type, String eventId, Instant created, Consumer<ObjectNode> edit) {
        ObjectNode event = shape(type);
        event.put("id", eventId);
        event.put("created", created.getEpochSecond());
        edit.accept((ObjectNode) event.path("data").path("object"));
        return JSON.writeValueAsString(event);
    }

    /** The Stripe-Signature header for this body, signed at {@code at}. */
    public static String sign(String body, String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long t = at.getEpochSecond();
            byte[] digest = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed now with the web tests' webhook secret. */
    public static String sign(String body) {
        return sign(body, FakeStripe.WEBHOOK_SECRET, Instant.now());
    }

    private static ObjectNode shape(String type) {
        try (InputStream in = StripeWebhooks.class.getResourceAsStream("/stripe-events/" + type + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded Stripe event shape " + type);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
