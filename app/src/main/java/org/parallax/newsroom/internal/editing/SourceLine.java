package org.parallax.newsroom.internal.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.parallax.library.Block.Citation;

/**
 * The one way the newsroom names a source: {@code Outlet name, https://address}. It ends a block
 * quote (after a dash) and makes each line of an article's coverage links. The address is optional
 * in a quote; when there, it must be a web address, so no script can ride in a citation's link.
 */
final class SourceLine {

    private static final int LONGEST_ADDRESS = 2048;

    private SourceLine() {
    }

    /** The source on this line, or a problem the editor can fix. */
    static Parsed parse(String line) {
        String text = line.strip();
        int comma = text.lastIndexOf(',');
        String tail = comma < 0 ? "" : text.substring(comma + 1).strip();
        if (comma < 0 || !tail.contains(":") && !tail.startsWith("//")) {
            return text.isEmpty() ? Parsed.problem("A source needs at least a name.") : Parsed.of(new Citation(text, null));
        }
        String name = text.substring(0, comma).strip();
        if (name.isEmpty()) {
            return Parsed.problem("The source \"" + text + "\" has an address but no name: write \"Outlet, https://...\".");
        }
        return webAddress(tail)
                .map(address -> Parsed.of(new Citation(name, address)))
                .orElseGet(() -> Parsed.problem("The source \"" + name + "\" links to \"" + shorten(tail)
                        + "\", which is not a web address: links must start with https:// or http://."));
    }

    /** The address when it is an absolute http(s) URL of sane length. */
    static Optional<String> webAddress(String address) {
        String text = address.strip();
        if (text.isEmpty() || text.length() > LONGEST_ADDRESS || text.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
            return web ? Optional.of(text) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** A parsed line: the citation, or why there is none. */
    record Parsed(Citation citation, String problem) {

        static Parsed of(Citation citation) {
            return new Parsed(citation, null);
        }

        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }
}
