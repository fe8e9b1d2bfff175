package org.parallax.stories.internal.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * OpenNLP's English part-of-speech model (opennlp-models-pos-en, Universal Dependencies tags),
 * asked only where capitals say nothing: about the word that opens a sentence. "Headliner Oskar
 * Lind closed the festival" opens with a common noun; "Volcker said" with a name.
 */
final class ProperNouns {

    private final ThreadSafePOSTaggerME tagger;

    ProperNouns() {
        try (InputStream properties = ProperNouns.class.getResourceAsStream("/model.properties")) {
            Properties model = new Properties();
            model.load(properties);
            try (InputStream bin = ProperNouns.class.getResourceAsStream("/" + model.getProperty("model.name"))) {
                tagger = new ThreadSafePOSTaggerME(new POSModel(bin), POSTagFormat.UD);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP part-of-speech model", e);
        }
    }

    /** The Universal Dependencies tags (PROPN, NOUN, VERB...) of the words given. */
    List<String> tags(List<String> words) {
        return List.of(tagger.tag(words.toArray(String[]::new)));
    }
}
