package org.parallax.readers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.parallax.readers.Readers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Readers over a real database, on a clock the test moves. */
final class ReaderFixtures {

    static final Instant MORNING = Instant.parse("2026-03-14T07:30:00Z");

    private ReaderFixtures() {
    }

    static Readers readers(DataSource dataSource, Clock clock) {
        return new JdbcReaders(JdbcClient.create(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                clock, new ReadersProperties(Duration.ofMinutes(15)), event -> { });
    }

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {

        private volatile Instant now = MORNING;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock stays in UTC");
        }
    }
}
