package org.parallax.api.internal;

import jakarta.servlet.http.HttpServletRequest;
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
}
