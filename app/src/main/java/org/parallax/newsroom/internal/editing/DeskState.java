package org.parallax.newsroom.internal.editing;

import java.util.Arrays;
import java.util.Optional;

/** Where a newsroom article stands. Only a published one is in the library, and so on the site. */
public enum DeskState {
    DRAFT("draft"),
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    UNPUBLISHED("unpublished");

    private final String code;

    DeskState(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<DeskState> fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
