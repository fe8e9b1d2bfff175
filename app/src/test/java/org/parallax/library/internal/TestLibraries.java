package org.parallax.library.internal;

import javax.sql.DataSource;
import org.parallax.library.Library;

/** A library over a test database without Spring, for other modules' tests. */
public final class TestLibraries {

    private TestLibraries() {
    }

    public static Library over(DataSource dataSource) {
        return LibraryFixtures.library(dataSource);
    }
}
