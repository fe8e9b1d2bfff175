package org.parallax.access.internal.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's webhook. Only events signed with our endpoint secret within the last five minutes are
 * read; every refusal is a problem document, and a refused event changes nothing.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/billing/stripe/webhook";
    static final int MAX_BODY = 64 * 1024;
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeEvents events;
    private final BillingProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    StripeWebhookController(StripeEvents events, BillingProperties properties, JsonMapper json, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(HttpServletRequest request, @RequestHeader(name = "Stripe-Signature", required = false) String signature)
            throws IOException {
        if (!properties.webhookConfigured()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "payments-not-configured", "Payments are not configured",
                    "This site has no Stripe webhook secret, so it cannot trust any webhook.");
        }
        byte[] body = readAtMost(request);
        if (body == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Event too large",
                    "A Stripe event body may be at most " + MAX_BODY / 1024 + " KB.");
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        try {
            Webhook.Signature.verifyHeader(payload, signature == null ? "" : signature, properties.stripeWebhookSecret(),
                    TOLERANCE.toSeconds(), clock);
        } catch (SignatureVerificationException refused) {
            log.info("Refused a Stripe webhook: {}", refused.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "bad-signature", "Bad signature",
                    "The Stripe-Signature header is missing, forged or more than five minutes old.");
        }
        try {
            StripeEvent event = StripeEvent.of(parse(payload));
            StripeEvents.Outcome outcome = events.apply(event);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("id", event.id(), "outcome", outcome.name().toLowerCase(Locale.ROOT)));
        } catch (StripeEvent.MalformedEvent malformed) {
            return problem(HttpStatus.BAD_REQUEST, "malformed-event", "Malformed event", malformed.getMessage());
        } catch (UnknownCustomer unknown) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-customer", "Unknown customer", unknown.getMessage());
        }
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            if (node == null || !node.isObject()) {
                throw new StripeEvent.MalformedEvent("The body is not a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw new StripeEvent.MalformedEvent("The body is not valid JSON.");
        }
    }

    /** The body, or null when it is larger than {@link #MAX_BODY}. */
    private static byte[] readAtMost(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/billing/problems/" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
