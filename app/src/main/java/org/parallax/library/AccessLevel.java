package org.parallax.library;

import java.util.Arrays;
import java.util.Optional;

/** Who may read the full text of one of the publication's own articles. */
public enum AccessLevel {
    FREE("free"),
    REGISTERED("registered"),
    SUBSCRIBERS("subscribers");

    private final String code;

    AccessLevel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AccessLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(AccessLevel::code).toList());
    }
}
