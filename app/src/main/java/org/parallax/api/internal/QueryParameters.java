package org.parallax.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses parameters an endpoint does not know: a misspelt filter silently ignored would return
 * results the client did not ask for.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static void allowOnly(HttpServletRequest request, Set<String> known) {
        Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new BadApiRequest("Unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + ". Known parameters: " + String.join(", ", new TreeSet<>(known)) + ".");
        }
    }

    static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadApiRequest("Parameter " + name + " must be a whole number, not \"" + value + "\".");
        }
    }

    /** A date like 2026-03-14, or null when the parameter is absent or blank. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadApiRequest("Parameter " + name + " must be a date like 2026-03-14, not \"" + value + "\".");
        }
    }
}
