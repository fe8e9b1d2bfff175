package org.parallax.stories.internal.entities;

/** A word or punctuation mark of a paragraph, with where it stands and whether it opens a sentence. */
record Token(String text, int start, boolean word, boolean sentenceStart) {

    boolean capitalized() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    /** "Reagan's" is Reagan. */
    String bare() {
        if (text.endsWith("'s") || text.endsWith("’s")) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }
}
