package org.parallax.access.internal.billing;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a Stripe event the webhook reads, taken from the JSON by hand: the events come in
 * the API version of the Stripe account (2020-08-27 shapes and newer), which typed models pin.
 */
record StripeEvent(String id, String type, Instant created, JsonNode object) {

    /** The event in this JSON, or {@link MalformedEvent} when it lacks an id, type, time or object. */
    static StripeEvent of(JsonNode json) {
        String id = text(json, "id");
        String type = text(json, "type");
        JsonNode created = json.path("created");
        JsonNode object = json.path("data").path("object");
        if (id == null || type == null || !created.isIntegralNumber() || !object.isObject()) {
            throw new MalformedEvent("A Stripe event needs an id, a type, a created time and data.object.");
        }
        return new StripeEvent(id, type, Instant.ofEpochSecond(created.longValue()), object);
    }

    /** A string field of the event's object, or null when it is absent, null or not a string. */
    String field(String name) {
        return text(object, name);
    }

    /** A string in the object's metadata. */
    String metadata(String name) {
        return text(object.path("metadata"), name);
    }

    /** A Unix time field of the object, or null. */
    Instant time(String name) {
        JsonNode value = object.path(name);
        return value.isIntegralNumber() ? Instant.ofEpochSecond(value.longValue()) : null;
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    /** An event body that is not JSON, or not a Stripe event. */
    static final class MalformedEvent extends RuntimeException {

        MalformedEvent(String message) {
            super(message);
        }
    }
}
