package org.parallax.reviews.internal.delivery;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the reviews are sent (documented with their defaults in application.yaml).
 *
 * @param batchSize          outbox rows one sender claims and sends over one SMTP connection
 * @param connections        SMTP connections a node sends over at once, each with its own batches
 * @param rate               messages per second at most, per node (all its connections); 0 for no limit
 * @param maxAttempts        tries before a temporarily refused message is given up (failed)
 * @param backoff            the wait before the first retry; it doubles with each further one
 * @param lease              how long a claim on a batch holds; a claim left by a dead sender is taken
 *                           again after it, so it must outlast a batch by far
 * @param bounceThreshold    permanent refusals after which an address is marked bouncing
 * @param tokenKey           the key that signs unsubscribe and preference links; empty: one kept in
 *                           the database, made by the first node that needs it
 * @param nodeId             names this node in the claims it writes; empty: host name and process id
 * @param unsubscribeMailbox an address that takes unsubscribe requests by mail, offered beside the
 *                           one-click link in List-Unsubscribe; empty: the link alone
 * @param dkimDomain         the signing domain (d=); DKIM signing is on when it, the selector and the key are set
 * @param dkimSelector       the selector (s=) under which the public key is published in DNS
 * @param dkimPrivateKey     a PEM file with the RSA private key (PKCS#8)
 */
@ConfigurationProperties("parallax.reviews.sending")
record SendingSettings(
        @DefaultValue("100") int batchSize,
        @DefaultValue("4") int connections,
        @DefaultValue("0") double rate,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("2m") Duration backoff,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("3") int bounceThreshold,
        String tokenKey,
        String nodeId,
        String unsubscribeMailbox,
        String dkimDomain,
        String dkimSelector,
        Path dkimPrivateKey) {

    SendingSettings {
        if (batchSize < 1 || connections < 1 || maxAttempts < 1 || bounceThreshold < 1 || rate < 0) {
            throw new IllegalArgumentException("parallax.reviews.sending: batch-size, connections, max-attempts and"
                    + " bounce-threshold are at least 1, rate at least 0");
        }
    }

    static SendingSettings defaults() {
        return new SendingSettings(100, 4, 0, 5, Duration.ofMinutes(2), Duration.ofMinutes(10), 3, null, null, null, null,
                null, null);
    }

    boolean signs() {
        return present(dkimDomain) && present(dkimSelector) && dkimPrivateKey != null && present(dkimPrivateKey.toString());
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
