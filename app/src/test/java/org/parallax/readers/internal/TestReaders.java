package org.parallax.readers.internal;

import java.time.Clock;
import javax.sql.DataSource;
import org.parallax.readers.Readers;

/** The readers module over a real database, for other modules' tests that need accounts. */
public final class TestReaders {

    private TestReaders() {
    }

    public static Readers over(DataSource dataSource, Clock clock) {
        return ReaderFixtures.readers(dataSource, clock);
    }
}
