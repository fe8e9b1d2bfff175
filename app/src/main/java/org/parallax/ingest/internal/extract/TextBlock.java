package org.parallax.ingest.internal.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block-level tags, as a reader sees it: a paragraph, a heading, a list
 * item, the loose text of a div. {@code owner} is the innermost block-level element around it;
 * {@code linkChars} counts the characters inside links. The text may hold line breaks from {@code <br>}.
 */
record TextBlock(Element owner, String text, int linkChars) {

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
