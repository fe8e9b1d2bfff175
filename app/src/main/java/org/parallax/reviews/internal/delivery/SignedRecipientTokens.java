package org.parallax.reviews.internal.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens;
import org.springframework.stereotype.Component;

/**
 * Tokens of the form {@code <reader id>.<review>.<HMAC-SHA256 of both, base64url>}: readable, safe
 * in a URL and in HTML as they are, and worthless when any part is changed. The key is the
 * configured one or, without it, the one kept in the database, so every node signs alike.
 */
@Component
class SignedRecipientTokens implements RecipientTokens {

    private static final int LONGEST = 128;

    private final SendingSettings settings;
    private final SharedSecrets secrets;
    private volatile SecretKeySpec key;

    SignedRecipientTokens(SendingSettings settings, SharedSecrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    @Override
    public String sign(long readerId, Review review) {
        String payload = readerId + "." + review.slug();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
    }

    @Override
    public Optional<Recipient> verify(String token) {
        if (token == null || token.length() > LONGEST) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        Review review;
        try {
            review = Review.ofSlug(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        long readerId = Long.parseLong(parts[0]);
        // The whole token is compared with the one this server would sign, in constant time.
        boolean genuine = MessageDigest.isEqual(sign(readerId, review).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Recipient(readerId, review)) : Optional.empty();
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            String secret = SendingSettings.present(settings.tokenKey()) ? settings.tokenKey()
                    : secrets.secret("recipient-token-key");
            known = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = known;
        }
        return known;
    }
}
