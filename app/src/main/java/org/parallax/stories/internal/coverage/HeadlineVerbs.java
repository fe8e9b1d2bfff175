package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs in a headline ("rebukes", "snubs", "highlights thaw"), without a part-of-speech
 * model. Headlines have a narrow grammar: a subject, then a present-tense verb ("Premier
 * rebukes", "Ferry operators warn"), a future ("to visit"), a modal ("could face") or a bare
 * participle for the passive ("Minister ousted"). A lexicon of verbs that news headlines use,
 * with their -s and -ed forms, finds the candidates; the rules keep those that follow a subject.
 * Words that are as often nouns ("talks", "plans", "calls") count only when a clause has no
 * plainer verb. Each clause (split at commas, colons, dashes and words such as "as", "after")
 * gives at most one verb. A short object (one or two words up to a preposition) joins the verb
 * in {@link HeadlineVerb#phrase()}.
 */
public final class HeadlineVerbs {

    /**
     * @param verb   the verb as written, lower-cased ("rebukes", "to visit", "ousted")
     * @param phrase the verb with its object when the object is short ("highlights thaw"), else the verb
     */
    public record HeadlineVerb(String verb, String phrase) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*|\\s[-–—|]\\s|[,;:?!\"“”‘’—–|]");
    private static final Set<String> CLAUSE_WORDS = Set.of("as", "after", "amid", "while", "but", "and", "or",
            "before", "despite", "when", "if", "because", "once", "until", "though", "although", "so");
    private static final Set<String> STOPS_OBJECT = Set.of("in", "on", "at", "for", "over", "with", "to", "of",
            "from", "by", "into", "against", "about", "after", "amid", "as", "before", "despite", "during", "near",
            "off", "out", "under", "up", "down", "and", "or", "but", "while", "than", "until", "if", "when", "is",
            "are", "was", "were", "will", "be");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "this",
            "that", "these", "those", "new", "more", "fresh", "further", "any", "no", "some", "our", "my", "own");
    private static final Set<String> MODALS = Set.of("will", "could", "may", "might", "must", "should", "would",
            "can", "won't", "can't", "cannot", "to");

    private final VerbLexicon lexicon = new VerbLexicon();

    public List<HeadlineVerb> verbsIn(String headline) {
        List<HeadlineVerb> verbs = new ArrayList<>();
        List<List<String>> clauses = clauses(headline);
        for (List<String> clause : clauses) {
            verbIn(clause).ifPresent(verbs::add);
        }
        return verbs;
    }

    private Optional<HeadlineVerb> verbIn(List<String> clause) {
        int certain = -1;
        int ambiguous = -1;
        int length = 1;
        for (int i = 1; i < clause.size() && certain < 0; i++) {
            String word = lower(clause.get(i));
            String previous = lower(clause.get(i - 1));
            if (DETERMINERS.contains(previous)) {
                continue;
            }
            if (MODALS.contains(previous) && lexicon.isBase(word) && i >= 2) {
                certain = i - 1;
                length = 2;
            } else if (lexicon.isThirdPerson(word) || (lexicon.isBase(word) && looksPlural(previous))
                    || lexicon.isParticiple(word)) {
                if (lexicon.isNounToo(word)) {
                    boolean last = i == clause.size() - 1;
                    if (ambiguous < 0 && !last) {
                        ambiguous = i;
                    }
                } else {
                    certain = i;
                }
            }
        }
        int at = certain >= 0 ? certain : ambiguous;
        if (at < 0) {
            return Optional.empty();
        }
        if (certain < 0) {
            length = 1;
        }
        String verb = String.join(" ", clause.subList(at, at + length)).toLowerCase(Locale.ROOT);
        List<String> object = object(clause, at + length);
        String phrase = object.isEmpty() ? verb : verb + " " + String.join(" ", object);
        return Optional.of(new HeadlineVerb(verb, phrase));
    }

    /** The one or two words after the verb, up to a preposition or the end of the clause. */
    private List<String> object(List<String> clause, int from) {
        int start = from;
        while (start < clause.size() && DETERMINERS.contains(lower(clause.get(start)))) {
            start++;
        }
        int end = start;
        while (end < clause.size() && !STOPS_OBJECT.contains(lower(clause.get(end)))
                && !lexicon.isThirdPerson(lower(clause.get(end)))) {
            end++;
        }
        int words = end - start;
        return words >= 1 && words <= 2 ? clause.subList(start, end) : List.of();
    }

    private static boolean looksPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !word.endsWith("'s");
    }

    /** Words of the headline grouped into clauses; quoted words are left out of every clause. */
    private static List<List<String>> clauses(String headline) {
        List<List<String>> clauses = new ArrayList<>();
        List<String> clause = new ArrayList<>();
        boolean quoted = false;
        Matcher m = TOKEN.matcher(headline);
        while (m.find()) {
            String token = m.group().strip();
            boolean word = Character.isLetterOrDigit(token.codePointAt(0));
            if (quoteMark(token, quoted)) {
                quoted = token.equals("\"") ? !quoted : token.equals("“") || token.equals("‘");
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
                clause = new ArrayList<>();
                continue;
            }
            if (quoted) {
                continue;
            }
            if (!word || CLAUSE_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
                clause = new ArrayList<>();
                // "as" and friends open a clause whose subject follows them.
                continue;
            }
            clause.add(token);
        }
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        return clauses;
    }

    private static boolean quoteMark(String token, boolean quoted) {
        return token.equals("\"") || token.equals("“") || token.equals("”") || token.equals("‘")
                || (token.equals("’") && quoted);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
