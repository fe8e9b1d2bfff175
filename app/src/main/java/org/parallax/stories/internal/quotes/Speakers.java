package org.parallax.stories.internal.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of one article: full names it gives, so a later surname ("Lindqvist") means the same
 * person, and who each sentence is about, so "he said" goes to the last person named.
 */
final class Speakers {

    private static final Pattern CAPITALIZED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?)*");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]?");
    private static final Set<String> TITLES = Set.of("minister", "president", "mayor", "governor", "judge",
            "councillor", "inspector", "professor", "prof.", "dr.", "dr", "mr.", "mrs.", "ms.", "mr", "mrs", "ms",
            "chief", "director", "captain", "senator", "general", "chair", "chairman", "chairwoman", "secretary",
            "commissioner", "officer", "sergeant", "coach", "midwife", "headliner", "prime", "deputy");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "this", "that",
            "some", "many", "our", "we", "they", "if", "when", "not", "other", "one", "her", "his", "two", "i",
            "after", "before", "then", "now", "but", "and", "no", "every", "people", "there", "today");
    private static final Set<String> PLACES_AND_BODIES = Set.of("authority", "ministry", "council", "party",
            "federation", "university", "institute", "bank", "company", "club", "court", "zoo", "hospital",
            "service", "board", "library", "festival", "prize", "freight", "pulp", "water", "strait", "bay",
            "falls", "cross", "lake", "river", "mount", "harbour", "port", "city", "street", "road", "bridge",
            "book", "guard", "day", "news", "group");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she");
    private static final Pattern CLAUSE_END = Pattern.compile(
            ",|\\s(?:who|speaking|at|after|on|in a|in the|with|outside|before)\\s");

    private final List<String> fullNames = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    private record Mention(int position, String name) {
    }

    Speakers(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            Matcher run = CAPITALIZED_RUN.matcher(paragraph);
            while (run.find()) {
                List<String> tokens = personTokens(run.group(), false);
                if (tokens.size() >= 2 && !fullNames.contains(String.join(" ", tokens))) {
                    fullNames.add(String.join(" ", tokens));
                }
            }
        }
        int offset = 0;
        for (String paragraph : paragraphs) {
            int sentenceStart = 0;
            for (String sentence : paragraph.split("(?<=[.!?][\"”]?)\\s+")) {
                String outsideQuotes = QUOTED.matcher(sentence).replaceAll(" ");
                int at = offset + sentenceStart;
                firstPerson(outsideQuotes, true).ifPresent(name -> mentions.add(new Mention(at, name)));
                sentenceStart += sentence.length() + 1;
            }
            offset += paragraph.length() + 1;
        }
    }

    /** The speaker named in an attribution phrase: a person, "he"/"she" resolved, or a title. */
    Optional<String> speakerIn(String phrase, int position) {
        String trimmed = phrase.strip().replaceAll("^[,\\s]+|[,.:\\s]+$", "");
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (PRONOUN.matcher(trimmed).matches()) {
            return lastNamedBefore(position);
        }
        Optional<String> person = firstPerson(trimmed, false);
        if (person.isPresent()) {
            return person;
        }
        if (trimmed.matches("\\p{Lu}[\\p{L}'’-]+") && !NOT_NAMES.contains(trimmed.toLowerCase(Locale.ROOT))) {
            return Optional.of(trimmed);
        }
        Matcher end = CLAUSE_END.matcher(trimmed);
        String title = end.find() ? trimmed.substring(0, end.start()) : trimmed;
        String[] words = title.split("\\s+");
        if (words.length > 7 || title.matches(".*\\d.*") || NOT_NAMES.contains(title.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(title);
    }

    void remember(String speaker, int position) {
        if (fullNames.contains(speaker) || speaker.matches("\\p{Lu}[\\p{L}'’-]+")) {
            mentions.add(new Mention(position, speaker));
        }
    }

    private Optional<String> lastNamedBefore(int position) {
        Mention last = null;
        for (Mention mention : mentions) {
            if (mention.position() < position && (last == null || mention.position() >= last.position())) {
                last = mention;
            }
        }
        return Optional.ofNullable(last).map(Mention::name);
    }

    private Optional<String> firstPerson(String text, boolean possessiveCounts) {
        Matcher run = CAPITALIZED_RUN.matcher(text);
        while (run.find()) {
            List<String> tokens = personTokens(run.group(), possessiveCounts);
            if (tokens.size() >= 2) {
                return Optional.of(String.join(" ", tokens));
            }
            if (tokens.size() == 1) {
                Optional<String> full = fullNameFor(tokens.getFirst());
                if (full.isPresent()) {
                    return full;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> fullNameFor(String surname) {
        return fullNames.stream().filter(name -> name.endsWith(" " + surname)).findFirst();
    }

    /** The words of a capitalized run that can be a person's name, after any title before it. */
    private static List<String> personTokens(String run, boolean possessiveCounts) {
        List<String> tokens = new ArrayList<>(List.of(run.split("\\s+")));
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (TITLES.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                tokens = new ArrayList<>(tokens.subList(i + 1, tokens.size()));
                break;
            }
        }
        while (!tokens.isEmpty() && NOT_NAMES.contains(tokens.getFirst().toLowerCase(Locale.ROOT))) {
            tokens.removeFirst();
        }
        if (tokens.size() > 3) {
            return List.of();
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String lower = token.toLowerCase(Locale.ROOT);
            if (PLACES_AND_BODIES.contains(lower.replaceAll("[.]$", "")) || token.equals(token.toUpperCase(Locale.ROOT))
                    || token.endsWith(".")) {
                return List.of();
            }
            if (token.endsWith("'s") || token.endsWith("’s")) {
                if (!possessiveCounts || i != tokens.size() - 1) {
                    return List.of();
                }
                tokens.set(i, token.substring(0, token.length() - 2));
            }
        }
        return tokens;
    }
}
