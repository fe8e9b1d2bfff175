package org.parallax.reviews.internal.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.mail.DkimKey;
import org.parallax.mail.Mail;
import org.parallax.mail.MailBatch;
import org.parallax.mail.MailFailed;
import org.parallax.mail.Mailer;
import org.parallax.reviews.Edition;
import org.parallax.reviews.internal.delivery.Outbox.Row;
import org.parallax.reviews.internal.delivery.Recipients.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed batch over one connection and records each outcome as it happens.
 *
 * <p>Exactly once rests on the order: a row is claimed (committed) before its message goes, and is
 * marked sent in its own statement the moment the server accepts it. What remains is the moment
 * between the server's acceptance and that commit: a crash (or a dropped connection) there leaves
 * a row the server took but the outbox holds as claimed, and after the lease it is sent again,
 * with the same Message-ID, so mail clients and servers that key on it keep one copy. No SMTP
 * client can close that window (RFC 1047); it is kept to one UPDATE long.
 */
final class BatchDispatch {

    private static final Logger log = LoggerFactory.getLogger(BatchDispatch.class);

    private final Outbox outbox;
    private final Recipients recipients;
    private final Bounces bounces;
    private final Letters letters;
    private final SendingSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;

    BatchDispatch(Outbox outbox, Recipients recipients, Bounces bounces, Letters letters, SendingSettings settings,
            Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.bounces = bounces;
        this.letters = letters;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Sends the claimed rows; rows it did not get to (a failure of its own, an interrupt) go back to
     * pending. Two temporary failures in a row mean the server takes no mail now (down, overloaded):
     * the rest of the batch then waits one back-off without a try counted, so an outage does not
     * spend every reader's tries in a few seconds.
     */
    void send(Edition edition, String claim, List<Row> rows, Mailer mailer, Optional<DkimKey> dkim, Pace pace) {
        List<Long> untried = new ArrayList<>(rows.stream().map(Row::readerId).toList());
        long renewAt = clock.millis() + settings.lease().toMillis() / 2;
        Map<Long, Decision> decisions = recipients.recheck(List.copyOf(untried), edition.review());
        int failingInARow = 0;
        try (MailBatch batch = mailer.openBatch(dkim)) {
            for (Row row : rows) {
                if (clock.millis() >= renewAt) {
                    if (!outbox.renew(edition.id(), claim, leaseUntil())) {
                        log.warn("The claim {} on {} ran out and another sender took it; this one stops", claim, edition.id());
                        untried.clear();
                        return;
                    }
                    renewAt = clock.millis() + settings.lease().toMillis() / 2;
                }
                pace.await();
                untried.remove(row.readerId());
                failingInARow = sendOne(edition, claim, row, decisions.get(row.readerId()), batch) ? 0 : failingInARow + 1;
                if (failingInARow == 2 && !untried.isEmpty()) {
                    log.warn("The mail server refused two messages of review {} in a row for now; {} more wait {}", edition.id(),
                            untried.size(), settings.backoff());
                    outbox.release(edition.id(), claim, untried, clock.millis() + settings.backoff().toMillis());
                    untried.clear();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            outbox.release(edition.id(), claim, untried, clock.millis());
        }
    }

    /** @return false when the server refused the message for now */
    private boolean sendOne(Edition edition, String claim, Row row, Decision decision, MailBatch batch) {
        Optional<String> refusal = decision.eligible()
                ? recipients.turnedAway(edition.id(), row.readerId(), decision.email(), edition.review())
                : Optional.of(decision.refusal());
        if (refusal.isPresent()) {
            outbox.withdraw(edition.id(), row.readerId(), claim, refusal.get());
            return true;
        }
        Mail letter = letters.letter(edition, row.readerId(), decision.email());
        String messageId;
        try {
            messageId = batch.send(letter);
        } catch (MailFailed failure) {
            refused(edition, claim, row, decision.email(), failure);
            return !failure.temporary();
        }
        if (!outbox.sent(edition.id(), row.readerId(), claim, decision.email(), messageId, clock.millis())) {
            log.warn("Review {} to reader {} was sent after its claim {} had run out", edition.id(), row.readerId(), claim);
        }
        count("parallax.reviews.sent", edition);
        return true;
    }

    private void refused(Edition edition, String claim, Row row, String email, MailFailed failure) {
        int attempts = row.attempts() + 1;
        if (!failure.temporary()) {
            outbox.fail(edition.id(), row.readerId(), claim, failure.getMessage());
            bounces.refused(email, failure.getMessage(), settings.bounceThreshold());
            count("parallax.reviews.failed", edition);
        } else if (attempts >= settings.maxAttempts()) {
            outbox.fail(edition.id(), row.readerId(), claim, "gave up after " + attempts + " tries: " + failure.getMessage());
            count("parallax.reviews.failed", edition);
        } else {
            Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
            outbox.retry(edition.id(), row.readerId(), claim, failure.getMessage(), clock.millis() + wait.toMillis());
        }
    }

    /** parallax.reviews.sent and parallax.reviews.failed (given up on), per review. */
    private void count(String meter, Edition edition) {
        metrics.counter(meter, "review", edition.review().name().toLowerCase(Locale.ROOT)).increment();
    }

    private long leaseUntil() {
        return clock.millis() + settings.lease().toMillis();
    }
}
