package org.parallax.library.internal;

import javax.sql.DataSource;
import org.parallax.library.Library;

/** A real library over a test database, for other modules' tests that build their parts without Spring. */
public final class TestLibraries {

    private TestLibraries() {
    }

    public static Library library(DataSource dataSource) {
        return LibraryFixtures.library(dataSource);
    }
}
