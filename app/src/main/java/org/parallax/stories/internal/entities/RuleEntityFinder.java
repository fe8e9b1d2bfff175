package org.parallax.stories.internal.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityFinder;
import org.parallax.stories.EntityMention;
import org.springframework.stereotype.Component;

/**
 * Finds entities by rules over runs of capitalized words: the gazetteers name places and
 * organizations, organization suffixes and acronyms mark companies and bodies, and titles, given
 * names, "Mr." and "said" mark people. Short forms are resolved afterwards ({@link ShortForms}).
 */
@Component
public class RuleEntityFinder implements EntityFinder {

    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stated", "announced");
    private static final Set<String> OPENS_BODY = Set.of("Bank", "Ministry", "Department", "Bureau",
            "Commission", "Council", "Organization", "Organisation", "Institute", "University",
            "Federation", "Association", "Board", "Office", "Court", "Church", "Party");

    private static final Set<String> JOINING = Set.of("of", "for", "and", "the");
    private static final Set<String> SAINT_AND_MOUNT = Set.of("St", "ST", "Ste", "Ft", "FT", "Mt", "MT");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final TownsInRegions towns;
    private final SentenceOpenings openings; // null when the rules work alone
    private final Tokenizer tokenizer = new Tokenizer();

    public RuleEntityFinder() {
        this(Lexicon.load(), Gazetteer.load(), true);
    }

    /** @param tagger whether OpenNLP's tagger judges the words that open sentences (else the rules alone) */
    RuleEntityFinder(Lexicon lexicon, Gazetteer gazetteer, boolean tagger) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.openings = tagger ? new SentenceOpenings(lexicon.firstNames()) : null;
        this.towns = new TownsInRegions(gazetteer, lexicon.notNames());
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public List<EntityMention> mentions(String title, List<String> paragraphs) {
        List<Found> found = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            scan(0, title, found);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            scan(i + 1, paragraphs.get(i), found);
        }
        return new ShortForms(found).resolve();
    }

    /** The distinct entities, each town or region followed by the places it lies in. */
    @Override
    public Set<Entity> entities(String title, List<String> paragraphs) {
        Set<Entity> entities = new LinkedHashSet<>();
        for (EntityMention mention : mentions(title, paragraphs)) {
            entities.add(mention.entity());
            entities.addAll(gazetteer.enclosing(mention.entity()));
        }
        return entities;
    }

    private void scan(int paragraph, String text, List<Found> found) {
        BitSet claimed = new BitSet(text.length());
        towns.find(paragraph, text, found, claimed);
        // in a text set all in capitals, capitals mark nothing: only names the lists know count
        boolean knownOnly = Capitals.shouted(text);
        List<Token> tokens = tokenizer.tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalized() || claimed.get(tokens.get(i).start())) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i, claimed);
            classifyRun(paragraph, tokens, i, end, knownOnly, found);
            i = end;
        }
    }

    /** The end (exclusive) of a run of capitalized words, with connectors and "Mr." inside it. */
    private int runEnd(List<Token> tokens, int start, BitSet claimed) {
        int end = start + 1;
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            if (claimed.get(t.start())) {
                break;
            } else if (t.capitalized()) {
                end++;
            } else if (t.text().equals(".") && end + 1 < tokens.size() && tokens.get(end + 1).capitalized()
                    && isAbbreviation(tokens.get(end - 1).text())) {
                end++;
            } else if (t.word() && lexicon.connectors().contains(t.text()) && end + 1 < tokens.size()
                    && tokens.get(end + 1).capitalized()) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean isAbbreviation(String word) {
        return word.length() == 1 || SAINT_AND_MOUNT.contains(word) || lexicon.honorifics().contains(word)
                || lexicon.roles().contains(word);
    }

    /** Splits a run into known names, organizations and the rest, which may be people. */
    private void classifyRun(int paragraph, List<Token> tokens, int start, int end, boolean knownOnly,
            List<Found> found) {
        List<Token> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (tokens.get(i).word()) {
                words.add(tokens.get(i));
            }
        }
        boolean saidBefore = start > 0 && prevWordIn(tokens, start, SPEECH);
        boolean saidAfter = nextWordIn(tokens, end, SPEECH);
        boolean personCue = saidBefore;
        List<Token> rest = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int known = knownName(words, i);
            if (known > i) {
                int from = i;
                personCue |= flushRest(paragraph, tokens, rest, personCue, false, found);
                String surface = join(words, i, known);
                Entity entity = gazetteer.find(surface).or(() -> gazetteer.find(bare(words, from, known))).orElseThrow();
                found.add(new Found(entity, surface, paragraph, words.get(i).start(), false));
                i = known;
                continue;
            }
            Token w = words.get(i);
            if (knownOnly) {
                i++;
                continue;
            }
            boolean signal = OPENS_BODY.contains(w.text()) || lexicon.roles().contains(w.text())
                    || lexicon.honorifics().contains(w.text());
            if (rest.isEmpty() && !signal
                    && (lexicon.notNames().contains(w.bare()) || lexicon.connectors().contains(w.text()))) {
                i++;
                continue;
            }
            int body = organization(words, i);
            if (body > i) {
                flushRest(paragraph, tokens, rest, personCue, false, found);
                found.add(new Found(Entity.organization(bare(words, i, body)), join(words, i, body), paragraph,
                        words.get(i).start(), false));
                i = body;
                continue;
            }
            if (lexicon.roles().contains(w.text()) || lexicon.honorifics().contains(w.text())) {
                flushRest(paragraph, tokens, rest, personCue, false, found);
                personCue = true; // what follows a title is a person: "Minister Edouard Balladur"
                i++;
                continue;
            }
            rest.add(w);
            i++;
        }
        flushRest(paragraph, tokens, rest, personCue, saidAfter, found);
    }

    /** Records the leftover words as a person when some cue says so; returns whether one was recorded. */
    private boolean flushRest(int paragraph, List<Token> tokens, List<Token> rest, boolean cue, boolean saidAfter,
            List<Found> found) {
        while (!rest.isEmpty() && lexicon.connectors().contains(rest.getLast().text())) {
            rest.removeLast();
        }
        if (!cue && rest.size() >= 2 && openings != null && openings.openWithWordOfNoName(tokens, rest)) {
            rest.removeFirst(); // "Councillor Britt Lorne, who voted against", "Adding Piedmont's bid..."
            while (!rest.isEmpty() && lexicon.connectors().contains(rest.getFirst().text())) {
                rest.removeFirst();
            }
        }
        if (rest.isEmpty()) {
            return false;
        }
        for (int k = 1; k < rest.size() - 1; k++) {
            if (JOINING.contains(rest.get(k).text())) {
                // "Mara Mebesen of Varnholm", "Smith and Jones": a person's name has no "of" or "and" in it
                List<Token> tail = new ArrayList<>(rest.subList(k + 1, rest.size()));
                rest.subList(k, rest.size()).clear();
                boolean head = flushRest(paragraph, tokens, rest, cue, false, found);
                return flushRest(paragraph, tokens, tail, false, saidAfter, found) || head;
            }
        }
        String name = bare(rest, 0, rest.size());
        Token first = rest.getFirst();
        boolean acronym = rest.size() == 1 && first.text().length() >= 2 && first.text().length() <= 6
                && first.text().equals(first.text().toUpperCase(Locale.ROOT)) && first.text().chars().allMatch(Character::isLetter);
        boolean givenName = lexicon.firstNames().contains(first.text());
        boolean severalWords = rest.size() >= 2;
        boolean sentenceInitialOnly = rest.size() == 1 && first.sentenceStart();
        Found f;
        if (acronym && !cue) {
            f = new Found(Entity.organization(first.text()), first.text(), paragraph, first.start(), false);
        } else if (cue || givenName || severalWords || (saidAfter && !sentenceInitialOnly)) {
            f = new Found(Entity.person(name), join(rest, 0, rest.size()), paragraph, first.start(), false);
        } else {
            // a lone capitalized word: a person only if a fuller mention of the same name turns up
            f = new Found(Entity.person(name), join(rest, 0, rest.size()), paragraph, first.start(), true);
        }
        found.add(f);
        rest.clear();
        return true;
    }

    /** The end of the longest gazetteer name starting at {@code i}, or {@code i}. */
    private int knownName(List<Token> words, int i) {
        if (!gazetteer.mayStartName(words.get(i).text()) && !gazetteer.mayStartName(words.get(i).bare())) {
            return i;
        }
        for (int end = Math.min(words.size(), i + gazetteer.longestName()); end > i; end--) {
            if (gazetteer.find(join(words, i, end)).isPresent() || gazetteer.find(bare(words, i, end)).isPresent()) {
                return end;
            }
        }
        return i;
    }

    /** The end of an organization name starting at {@code i} ("Bank of Italy", "Piedmont Aviation Inc"), or {@code i}. */
    private int organization(List<Token> words, int i) {
        if (OPENS_BODY.contains(words.get(i).text()) && i + 1 < words.size()) {
            return words.size();
        }
        for (int end = i + 1; end < words.size(); end++) {
            String w = words.get(end).text();
            if (lexicon.organizationSuffixes().contains(w) && !lexicon.roles().contains(words.get(i).text())) {
                int last = end + 1;
                while (last < words.size() && lexicon.organizationSuffixes().contains(words.get(last).text())) {
                    last++;
                }
                return last;
            }
            if (lexicon.roles().contains(w) || lexicon.honorifics().contains(w) || w.equals("and")) {
                break;
            }
        }
        return i;
    }

    private static boolean prevWordIn(List<Token> tokens, int start, Set<String> words) {
        Token t = tokens.get(start - 1);
        return t.word() && words.contains(t.text());
    }

    private static boolean nextWordIn(List<Token> tokens, int end, Set<String> words) {
        int i = end;
        if (i < tokens.size() && tokens.get(i).text().equals(",")) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).word() && words.contains(tokens.get(i).text());
    }

    private static String join(List<Token> words, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                s.append(' ');
            }
            s.append(words.get(i).text());
        }
        return s.toString();
    }

    private static String bare(List<Token> words, int from, int to) {
        String joined = join(words, from, to - 1);
        String last = words.get(to - 1).bare();
        return joined.isEmpty() ? last : joined + " " + last;
    }

    /** A name as found, before short forms are resolved; {@code tentative} when nothing but a capital marks it. */
    record Found(Entity entity, String surface, int paragraph, int start, boolean tentative) {

        Optional<String> lastName() {
            if (entity.kind() != Entity.Kind.PERSON) {
                return Optional.empty();
            }
            String[] parts = entity.canonicalName().split(" ");
            return Optional.of(parts[parts.length - 1]);
        }
    }
}
