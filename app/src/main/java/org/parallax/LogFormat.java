package org.parallax;

import java.util.Locale;
import java.util.Optional;

/**
 * The server's console log format, from {@code PARALLAX_LOG_FORMAT}: plain text by default, or one
 * JSON object a line for a log collector ({@code json}, which is Elastic Common Schema, or one of
 * Spring Boot's structured formats by name: {@code ecs}, {@code logstash}, {@code gelf}).
 */
final class LogFormat {

    static final String VARIABLE = "PARALLAX_LOG_FORMAT";

    private LogFormat() {
    }

    /** The structured format for Spring Boot's {@code logging.structured.format.console}; empty for plain text. */
    static Optional<String> structured(String setting) {
        String format = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (format) {
            case "", "text", "plain" -> Optional.empty();
            case "json", "ecs" -> Optional.of("ecs");
            case "logstash", "gelf" -> Optional.of(format);
            default -> throw new IllegalArgumentException(VARIABLE + " is '" + setting
                    + "'; it may be text (the default) or json (or ecs, logstash, gelf by name)");
        };
    }

    /** The command-line argument that switches the console to {@code setting}'s format, if any. */
    static Optional<String> argument(String setting) {
        return structured(setting).map(format -> "--logging.structured.format.console=" + format);
    }
}
