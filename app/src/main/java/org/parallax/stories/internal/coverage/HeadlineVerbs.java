package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * plainer verb, and an -s word outside the lexicon after a singular noun ("reservoir fills") only
 * when there is nothing better. A clause (split at commas, colons, dashes, quotes and words such
 * as "as" or "while") gives one verb, or more joined by "and"; a clause without a verb is read as
 * the subject of the next ("Drought, not dam, drained the Sellen"), and one that opens with a
 * verb shares the subject before it ("recalls envoy, threatens curbs"). A short object (one or
 * two words up to a preposition) joins the verb in {@link HeadlineVerb#phrase()}. Measured
 * accuracy is in BENCHMARKS.md.
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
    /** Words that open a clause with its own subject and verb ("... as river falls"). */
    private static final Set<String> CONJUNCTIONS = Set.of("as", "while", "when", "if", "because", "though",
            "although", "once", "so", "but", "whereas");
    /** Words that end a short object ("rebukes Ostmark over dam"). */
    private static final Set<String> PREPOSITIONS = Set.of("after", "amid", "before", "despite", "until", "over",
            "in", "on", "at", "for", "with", "from", "by", "into", "against", "about", "between", "among",
            "during", "near", "under", "without", "within", "behind", "beyond", "around", "across", "through",
            "towards", "toward", "via", "than", "of", "off", "out", "up", "down");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "this",
            "that", "these", "those", "new", "more", "fresh", "further", "any", "no", "some", "our", "my", "own");
    private static final Set<String> MODALS = Set.of("will", "could", "may", "might", "must", "should", "would",
            "can", "won't", "can't", "cannot", "to");

    private static final Set<String> IRREGULAR_PLURALS = Set.of("police", "people", "men", "women", "children",
            "fishermen", "firemen", "businessmen", "congressmen", "gunmen", "militia", "staff", "cattle", "data");

    private record Clause(List<String> words, boolean opensWithConjunction) {
    }

    private record Found(int at, int length) {
    }

    private final VerbLexicon lexicon = new VerbLexicon();

    public List<HeadlineVerb> verbsIn(String headline) {
        List<HeadlineVerb> verbs = new ArrayList<>();
        List<String> subjectSoFar = new ArrayList<>();
        boolean previousHadVerb = false;
        for (Clause clause : clauses(headline)) {
            List<String> words = new ArrayList<>(subjectSoFar);
            words.addAll(clause.words());
            // After a clause with a verb, a clause may share its subject: "recalls envoy, threatens curbs".
            boolean sharesSubject = previousHadVerb && subjectSoFar.isEmpty() && !clause.opensWithConjunction();
            List<Found> found = verbsIn(words, subjectSoFar.size(), sharesSubject, clause.opensWithConjunction());
            for (Found f : found) {
                verbs.add(verb(words, f));
            }
            previousHadVerb = !found.isEmpty();
            // A clause without a verb is likely part of the subject: "Drought, not dam, drained the Sellen".
            subjectSoFar = found.isEmpty() ? words : new ArrayList<>();
        }
        return verbs;
    }

    private List<Found> verbsIn(List<String> words, int carried, boolean sharesSubject, boolean conjunctionClause) {
        List<Found> found = new ArrayList<>();
        int ambiguous = -1;
        int guess = -1;
        for (int i = sharesSubject ? 0 : 1; i < words.size(); i++) {
            String word = lower(words.get(i));
            String previous = i == 0 ? "" : lower(words.get(i - 1));
            boolean afterCoordinator = COORDINATORS.contains(previous);
            if (!found.isEmpty() && !afterCoordinator) {
                continue;
            }
            if (DETERMINERS.contains(previous)) {
                continue;
            }
            if (i >= 2 && MODALS.contains(previous) && lexicon.isBase(word)) {
                found.add(new Found(i - 1, 2));
                continue;
            }
            // "Vantoria and Ostmark agree", "Ostmark, Vantoria sign": two subjects take the plural verb.
            boolean pluralSubject = looksPlural(previous) || (i >= 2 && COORDINATORS.contains(lower(words.get(i - 2))))
                    || (carried > 0 && i - 1 == carried);
            boolean verbForm = lexicon.isThirdPerson(word) || lexicon.isParticiple(word)
                    || (lexicon.isBase(word) && (pluralSubject || (afterCoordinator && !found.isEmpty())));
            boolean last = i == words.size() - 1;
            if (!verbForm) {
                // Outside the lexicon, an -s word after a singular noun is the likeliest verb left.
                if (guess < 0 && i > 0 && !last && looksPlural(word) && !word.endsWith("ings") && !looksPlural(previous)
                        && !PREPOSITIONS.contains(previous) && !MODALS.contains(previous)) {
                    guess = i;
                }
                continue;
            }
            if (!lexicon.isNounToo(word) || (!found.isEmpty() && afterCoordinator)) {
                found.add(new Found(i, 1));
            } else if (ambiguous < 0 && (!last || conjunctionClause) && i > 0) {
                ambiguous = i;
            }
        }
        if (found.isEmpty() && (ambiguous >= 0 || guess >= 0)) {
            found.add(new Found(ambiguous >= 0 ? ambiguous : guess, 1));
        }
        return found;
    }

    private HeadlineVerb verb(List<String> words, Found f) {
        String verb = String.join(" ", words.subList(f.at(), f.at() + f.length())).toLowerCase(Locale.ROOT);
        List<String> object = object(words, f.at() + f.length());
        return new HeadlineVerb(verb, object.isEmpty() ? verb : verb + " " + String.join(" ", object));
    }

    /** The one or two words after the verb, up to a preposition or the end of the clause. */
    private List<String> object(List<String> clause, int from) {
        int start = from;
        while (start < clause.size() && DETERMINERS.contains(lower(clause.get(start)))) {
            start++;
        }
        int end = start;
        while (end < clause.size() && !PREPOSITIONS.contains(lower(clause.get(end)))
                && !COORDINATORS.contains(lower(clause.get(end))) && !MODALS.contains(lower(clause.get(end)))
                && !lexicon.isThirdPerson(lower(clause.get(end)))) {
            end++;
        }
        int words = end - start;
        return words >= 1 && words <= 2 ? clause.subList(start, end) : List.of();
    }

    private static boolean looksPlural(String word) {
        if (IRREGULAR_PLURALS.contains(word)) {
            return true;
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !word.endsWith("'s");
    }

    /** Words of the headline grouped into clauses; quoted words are left out of every clause. */
    private static List<Clause> clauses(String headline) {
        List<Clause> clauses = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean conjunction = false;
        boolean quoted = false;
        Matcher m = TOKEN.matcher(headline);
        while (m.find()) {
            String token = m.group().strip();
            String lower = lower(token);
            if (quoteMark(token, quoted)) {
                quoted = token.equals("\"") ? !quoted : token.equals("“") || token.equals("‘");
            } else if (quoted) {
                continue;
            }
            boolean word = Character.isLetterOrDigit(token.codePointAt(0));
            if (word && !CONJUNCTIONS.contains(lower)) {
                words.add(token);
                continue;
            }
            if (!words.isEmpty()) {
                clauses.add(new Clause(words, conjunction));
            }
            words = new ArrayList<>();
            conjunction = CONJUNCTIONS.contains(lower);
        }
        if (!words.isEmpty()) {
            clauses.add(new Clause(words, conjunction));
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
