package org.parallax.stories.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into words and marks sentence openings, because a capital letter there says
 * nothing about a name. A full stop after "Mr", "Corp" or an initial does not end a sentence.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:[&'’\\-][\\p{L}\\p{N}]+)*|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep",
            "Gen", "Col", "Lt", "Gov", "Prof", "Rev", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Mt", "Ft");

    List<Token> tokens(String paragraph) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(paragraph);
        boolean opening = true;
        String previousWord = "";
        while (m.find()) {
            String text = m.group();
            boolean word = Character.isLetterOrDigit(text.codePointAt(0));
            tokens.add(new Token(text, m.start(), word, opening && word));
            if (word) {
                opening = false;
                previousWord = text;
            } else if (text.equals(".") || text.equals("?") || text.equals("!")) {
                boolean abbreviation = text.equals(".")
                        && (ABBREVIATIONS.contains(previousWord) || previousWord.length() == 1);
                opening = !abbreviation;
            }
        }
        return tokens;
    }
}
