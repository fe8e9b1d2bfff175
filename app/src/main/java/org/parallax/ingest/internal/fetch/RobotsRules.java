package org.parallax.ingest.internal.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The part of a robots.txt that concerns Parallax (RFC 9309): the rules of the groups naming us,
 * or of the {@code *} group when none does, and the Crawl-delay that came with them.
 */
final class RobotsRules {

    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);

    private record Rule(String pattern, boolean allow) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    static RobotsRules parse(String robotsTxt, String ourName) {
        String name = ourName.toLowerCase(Locale.ROOT);
        Group ours = new Group();
        Group anyone = new Group();
        boolean namedUs = false;
        boolean forUs = false;
        boolean forAnyone = false;
        boolean inRules = false;
        for (String line : robotsTxt.lines().toList()) {
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            int colon = content.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = content.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = content.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) { // a User-agent after rules opens a new group
                    forUs = false;
                    forAnyone = false;
                    inRules = false;
                }
                String agent = productToken(value);
                forUs |= agent.equals(name);
                forAnyone |= agent.equals("*");
                namedUs |= agent.equals(name);
            } else if (key.equals("allow") || key.equals("disallow") || key.equals("crawl-delay")) {
                inRules = true;
                if (forUs) {
                    ours.add(key, value);
                }
                if (forAnyone) {
                    anyone.add(key, value);
                }
            }
        }
        Group chosen = namedUs ? ours : anyone;
        return new RobotsRules(chosen.rules, chosen.crawlDelay);
    }

    /** Whether a path (with its query) may be fetched: the longest matching rule wins, Allow on a tie. */
    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern, pathAndQuery) && (best == null || rule.pattern.length() > best.pattern.length()
                    || rule.pattern.length() == best.pattern.length() && rule.allow)) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }

    Optional<Duration> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    /** {@code *} stands for any characters and a final {@code $} for the end of the path; the rest matches itself. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String[] pieces = (anchored ? pattern.substring(0, pattern.length() - 1) : pattern).split("\\*", -1);
        if (!path.startsWith(pieces[0])) {
            return false;
        }
        int at = pieces[0].length();
        int last = pieces.length - 1;
        for (int i = 1; i < last; i++) {
            int found = path.indexOf(pieces[i], at);
            if (found < 0) {
                return false;
            }
            at = found + pieces[i].length();
        }
        if (last == 0) {
            return !anchored || at == path.length();
        }
        // After the last *, an anchored pattern must end the path; otherwise it may sit anywhere ahead.
        return anchored
                ? path.endsWith(pieces[last]) && path.length() - pieces[last].length() >= at
                : path.indexOf(pieces[last], at) >= 0;
    }

    /** "Parallax/0.1" and "parallax" both name us; what follows the product name does not count. */
    private static String productToken(String agent) {
        String token = agent.split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    private static final class Group {
        final List<Rule> rules = new ArrayList<>();
        Duration crawlDelay;

        void add(String key, String value) {
            switch (key) {
                // An empty Disallow allows everything, which is what no rule means too.
                case "disallow" -> {
                    if (!value.isEmpty()) {
                        rules.add(new Rule(value, false));
                    }
                }
                case "allow" -> {
                    if (!value.isEmpty()) {
                        rules.add(new Rule(value, true));
                    }
                }
                default -> crawlDelay = seconds(value);
            }
        }

        private Duration seconds(String value) {
            try {
                double seconds = Double.parseDouble(value);
                return seconds > 0 && Double.isFinite(seconds) ? Duration.ofMillis((long) (seconds * 1000)) : crawlDelay;
            } catch (NumberFormatException e) {
                return crawlDelay; // an unreadable delay leaves the one we had
            }
        }
    }
}
