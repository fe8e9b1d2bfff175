package org.parallax;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads polling intervals as people write them: 45m, 2h, 1d (a bare number is minutes). */
final class Intervals implements ITypeConverter<Duration> {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*([mhd]?)");

    @Override
    public Duration convert(String text) {
        Matcher matcher = FORM.matcher(text.trim().toLowerCase());
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + text + "' is not an interval: write e.g. 45m, 2h or 1d");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    static String describe(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}
