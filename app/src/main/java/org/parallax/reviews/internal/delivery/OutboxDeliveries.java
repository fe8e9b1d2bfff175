package org.parallax.reviews.internal.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.mail.DkimKey;
import org.parallax.mail.Mailer;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.DeliveryReport;
import org.parallax.reviews.Edition;
import org.parallax.reviews.Editions;
import org.parallax.reviews.internal.delivery.Outbox.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Sends editions from the outbox, a claimed batch at a time over one connection each. Any number of
 * nodes may run it at once: claims keep them apart, and a node that dies leaves only claims that
 * run out.
 */
@Service
class OutboxDeliveries implements Deliveries {

    private final Editions editions;
    private final Outbox outbox;
    private final BatchDispatch dispatch;
    private final Mailer mailer;
    private final SendingSettings settings;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final Optional<DkimKey> dkim;
    private final String nodeId;

    OutboxDeliveries(Editions editions, Outbox outbox, Recipients recipients, Bounces bounces, Letters letters, Mailer mailer,
            SendingSettings settings, Clock clock, JdbcClient jdbc, MeterRegistry metrics) {
        this.editions = editions;
        this.outbox = outbox;
        this.dispatch = new BatchDispatch(outbox, recipients, bounces, letters, settings, clock, metrics);
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
        // Read at start, so a key that is missing or unreadable stops the node before it sends unsigned mail.
        this.dkim = settings.signs()
                ? Optional.of(DkimKey.fromPem(settings.dkimDomain().strip(), settings.dkimSelector().strip(), settings.dkimPrivateKey()))
                : Optional.empty();
        this.nodeId = SendingSettings.present(settings.nodeId()) ? settings.nodeId().strip() : hostAndProcess();
    }

    @Override
    public DeliveryReport deliver(long editionId) {
        Edition edition = editions.edition(editionId)
                .orElseThrow(() -> new IllegalArgumentException("there is no edition " + editionId));
        Pace pace = new Pace(settings.rate());
        if (settings.connections() == 1) {
            sendAll(edition, pace);
        } else {
            // SMTP waits for a reply after every command, so a few connections at once keep the server busy.
            try (ExecutorService senders = Executors.newFixedThreadPool(settings.connections())) {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < settings.connections(); i++) {
                    running.add(senders.submit(() -> sendAll(edition, pace)));
                }
                for (Future<?> sender : running) {
                    await(sender);
                }
            }
        }
        return report(editionId);
    }

    /** Claims and sends batches until none of the edition's rows is left to take. */
    private void sendAll(Edition edition, Pace pace) {
        while (!Thread.currentThread().isInterrupted()) {
            String claim = nodeId + "/" + UUID.randomUUID();
            long now = clock.millis();
            List<Row> rows = outbox.claim(edition.id(), claim, settings.batchSize(), now, now + settings.lease().toMillis());
            if (rows.isEmpty()) {
                // Another sender may have taken the rows this one saw; stop when none is left to take.
                if (!outbox.anyDue(edition.id(), clock.millis())) {
                    return;
                }
                Thread.onSpinWait();
                continue;
            }
            dispatch.send(edition, claim, rows, mailer, dkim, pace);
        }
    }

    private static void await(Future<?> sender) {
        try {
            sender.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public List<DeliveryReport> deliverDue() {
        List<DeliveryReport> reports = new ArrayList<>();
        for (long editionId : outbox.editionsWithWork()) {
            if (outbox.anyDue(editionId, clock.millis())) {
                reports.add(deliver(editionId));
            }
        }
        return reports;
    }

    @Override
    public List<DeliveryReport> reports(int limit) {
        return jdbc.sql("select id from review_edition order by frozen_at desc, id desc limit ?")
                .param(limit)
                .query(Long.class)
                .list()
                .stream()
                .map(this::report)
                .toList();
    }

    /**
     * Recipients are the rows still addressed: a reader withdrawn during the send (unsubscribed,
     * lapsed, deleted, bouncing) is not counted; pending includes retries and rows being sent.
     */
    @Override
    public DeliveryReport report(long editionId) {
        Edition edition = editions.edition(editionId)
                .orElseThrow(() -> new IllegalArgumentException("there is no edition " + editionId));
        Map<String, Integer> states = outbox.states(editionId);
        int sent = states.getOrDefault(Outbox.SENT, 0);
        int failed = states.getOrDefault(Outbox.FAILED, 0);
        int pending = states.getOrDefault(Outbox.PENDING, 0) + states.getOrDefault(Outbox.SENDING, 0);
        return new DeliveryReport(editionId, edition.review(), edition.date(), sent + failed + pending, sent, failed, pending);
    }

    private static String hostAndProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
