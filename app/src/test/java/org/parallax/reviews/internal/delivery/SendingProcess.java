package org.parallax.reviews.internal.delivery;

import java.nio.file.Path;
import java.time.Duration;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.mail.internal.TestMailers;

/**
 * A sender in a process of its own, for the test that kills it: it delivers one edition from the
 * SQLite database in a folder to an SMTP port, on the newsroom's test clock (so its leases can be
 * outlived by moving a clock, not by waiting). It sends over one connection, so the relay's n-th
 * message is the n-th reader and the kill lands at a known point.
 *
 * <p>Arguments: the database folder, the SMTP port, the edition id, the lease in milliseconds.
 */
public final class SendingProcess {

    private SendingProcess() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long editionId = Long.parseLong(args[2]);
        Duration lease = Duration.ofMillis(Long.parseLong(args[3]));
        try (TestDatabase db = TestDatabases.sqlite(folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            OutboxDeliveries deliveries = newsroom.deliveries(TestMailers.smtp("127.0.0.1", port, newsroom.clock),
                    Newsroom.sending(100, 5, Duration.ZERO, lease, 3));
            System.out.println(deliveries.deliver(editionId));
        }
    }
}
