package org.parallax.stories.internal.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Judges the capitalized word that opens a sentence, where capitals say nothing, with OpenNLP's
 * English part-of-speech model (opennlp-models-pos-en, Universal Dependencies tags). The tagger
 * alone calls unseen names verbs or adverbs ("Wang" VERB, "Howell" ADV), so its word is taken only
 * when the word's own ending agrees with it.
 */
final class SentenceOpenings {

    private static final int OPENING_WORDS = 6;
    private static final Pattern ROLE_ENDING = Pattern.compile("(?:or|er|ist|ian|man|woman|wife|ant|ent)$");

    private final ThreadSafePOSTaggerME tagger;
    private final Set<String> firstNames;

    SentenceOpenings(Set<String> firstNames) {
        this.firstNames = firstNames;
        try (InputStream bin = SentenceOpenings.class.getResourceAsStream("/" + modelName())) {
            tagger = new ThreadSafePOSTaggerME(new POSModel(bin), POSTagFormat.UD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP part-of-speech model", e);
        }
    }

    /** The file name of the English tagger; each OpenNLP model jar says its own in a model.properties. */
    private static String modelName() throws IOException {
        Enumeration<URL> all = SentenceOpenings.class.getClassLoader().getResources("model.properties");
        while (all.hasMoreElements()) {
            try (InputStream in = all.nextElement().openStream()) {
                Properties model = new Properties();
                model.load(in);
                String name = model.getProperty("model.name", "");
                if (name.startsWith("opennlp-en-") && name.contains("-pos-")) {
                    return name;
                }
            }
        }
        throw new IOException("no English part-of-speech model (opennlp-models-pos-en) on the classpath");
    }

    /**
     * Whether a run of capitalized words opens its sentence with a word that is no part of the
     * name: a verb in -ing or -ed, an adverb in -ly, a preposition or conjunction ("Adding
     * Piedmont", "Previously Redstone", "Besides"), or a noun naming a role before a proper noun
     * and one more word ("Councillor Britt Lorne"). A noun before one word is kept, because the
     * tagger often calls a foreign given name a noun ("Wladyslaw Baka").
     */
    boolean openWithWordOfNoName(List<Token> tokens, List<Token> run) {
        Token first = run.getFirst();
        if (!first.sentenceStart() || firstNames.contains(first.text())) {
            return false;
        }
        String word = first.text().toLowerCase(Locale.ROOT);
        boolean verbal = word.endsWith("ing") || word.endsWith("ed") || word.endsWith("ly");
        boolean agent = ROLE_ENDING.matcher(word).find();
        if (!verbal && !agent && word.length() > 3) {
            return false; // nothing in the word backs a guess: the tagger is not asked
        }
        List<String> tags = List.of(tagger.tag(opening(tokens, first)));
        return switch (tags.getFirst()) {
            case "ADP", "SCONJ" -> true;
            case "VERB", "ADV" -> verbal;
            case "NOUN" -> agent && run.size() >= 3 && tags.size() > 1 && tags.get(1).equals("PROPN");
            default -> false;
        };
    }

    /** The first words of the sentence: the first word's tag hangs on its neighbours, and a whole sentence costs more. */
    private static String[] opening(List<Token> tokens, Token first) {
        int from = tokens.indexOf(first);
        int to = from + 1;
        while (to < tokens.size() && to < from + OPENING_WORDS && !tokens.get(to).sentenceStart()) {
            to++;
        }
        return tokens.subList(from, to).stream().map(Token::text).toArray(String[]::new);
    }
}
