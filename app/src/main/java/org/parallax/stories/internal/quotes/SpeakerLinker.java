package org.parallax.stories.internal.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.stories.AttributedQuote;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityMention;
import org.parallax.stories.Quote;
import org.parallax.stories.SpeakerLinks;
import org.springframework.stereotype.Component;

/**
 * Links speakers to the people of the article by name: the whole name ("Mara Lindqvist"), the
 * surname when one person of the article bears it ("Lindqvist"), and a title used with "the" when
 * the article puts a name beside it ("the fisheries minister, Mara Lindqvist" or "Mara Lindqvist,
 * the fisheries minister"). An indefinite speaker ("a spokesman") stays unlinked.
 */
@Component
class SpeakerLinker implements SpeakerLinks {

    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})";

    @Override
    public List<AttributedQuote> attribute(List<String> paragraphs, List<Quote> quotes, List<EntityMention> mentions) {
        Set<Entity> people = new LinkedHashSet<>();
        for (EntityMention mention : mentions) {
            if (mention.entity().kind() == Entity.Kind.PERSON) {
                people.add(mention.entity());
            }
        }
        List<AttributedQuote> attributed = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            attributed.add(new AttributedQuote(quote, speaker(quote.speaker(), paragraphs, people).orElse(null)));
        }
        return attributed;
    }

    private static Optional<Entity> speaker(String speaker, List<String> paragraphs, Set<Entity> people) {
        if (speaker == null || speaker.isBlank()) {
            return Optional.empty();
        }
        String[] words = words(speaker);
        if (words.length > 0 && (words[0].equals("the"))) {
            return namedBeside(speaker.strip().substring(4).strip(), paragraphs, people);
        }
        if (!Character.isUpperCase(speaker.strip().codePointAt(0))) {
            return Optional.empty(); // "a spokesman", "fishing crews in Norrhavn"
        }
        return person(speaker, people);
    }

    /** The person whose name this is: the same name, or the same surname borne by one person only. */
    static Optional<Entity> person(String name, Set<Entity> people) {
        String[] wanted = words(name);
        if (wanted.length == 0) {
            return Optional.empty();
        }
        Entity sameSurname = null;
        int bearers = 0;
        for (Entity person : people) {
            String[] words = words(person.canonicalName());
            if (String.join(" ", words).equals(String.join(" ", wanted))) {
                return Optional.of(person);
            }
            if (words[words.length - 1].equals(wanted[wanted.length - 1]) && givenNamesAgree(words, wanted)) {
                sameSurname = person;
                bearers++;
            }
        }
        return bearers == 1 ? Optional.of(sameSurname) : Optional.empty();
    }

    /** "Ulla Streng" is not "Mikkel Streng"; "Streng" or "M. Streng" may be either. */
    private static boolean givenNamesAgree(String[] a, String[] b) {
        if (a.length < 2 || b.length < 2) {
            return true;
        }
        return a[0].equals(b[0]) || a[0].length() == 1 && b[0].startsWith(a[0]) || b[0].length() == 1 && a[0].startsWith(b[0]);
    }

    /** A person the article names right beside the title: "the minister, Mara Lindqvist," or "Mara Lindqvist, the minister". */
    private static Optional<Entity> namedBeside(String title, List<String> paragraphs, Set<Entity> people) {
        if (title.isBlank()) {
            return Optional.empty();
        }
        String t = Pattern.quote(title);
        List<Pattern> ties = List.of(
                Pattern.compile("(?i:" + t + "),\\s+" + NAME),
                Pattern.compile("(?i:" + t + ")\\s+" + NAME),
                Pattern.compile(NAME + ",\\s+(?i:the\\s+(?:\\p{L}+\\s+){0,2}" + t + ")\\b"));
        for (String paragraph : paragraphs) {
            for (Pattern tie : ties) {
                Matcher m = tie.matcher(paragraph);
                while (m.find()) {
                    Optional<Entity> person = person(m.group(1), people);
                    if (person.isPresent()) {
                        return person;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String[] words(String name) {
        String clean = name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip();
        return clean.isEmpty() ? new String[0] : clean.split("\\s+");
    }
}
