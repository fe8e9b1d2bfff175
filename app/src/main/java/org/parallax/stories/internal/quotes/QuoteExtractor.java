package org.parallax.stories.internal.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.stories.Quote;
import org.parallax.stories.QuoteFinder;
import org.springframework.stereotype.Component;

/**
 * Finds quotes by the attributions news style uses around them: after the quote ("...," the
 * minister said / said X), before it (X said: "..."), around a few quoted words in the writer's
 * sentence (X called the deal "a betrayal"), and a quote that goes on after its attribution
 * ("...," she said. "...") keeps its speaker. Quoted words with none of these are left out.
 */
@Component
class QuoteExtractor implements QuoteFinder {

    private static final String SPEECH = "said|says|added|adds|told|tells|asked|replied|explained|warned|insisted"
            + "|noted|wrote|continued|recalled|argued|declared|stated|announced|admitted|acknowledged|conceded"
            + "|cautioned|stressed|shouted";
    private static final Pattern VERB_THEN_SPEAKER = Pattern.compile(
            "^(?:" + SPEECH + ")\\s+(.+?)[.!?]?\\s*$", Pattern.DOTALL);
    private static final Pattern SPEAKER_THEN_VERB = Pattern.compile(
            "^(.{1,90}?)\\s+(?:" + SPEECH + ")\\b.*$", Pattern.DOTALL);
    private static final Pattern SPEAKER_VERB_COLON = Pattern.compile(
            "^(.{1,160}?)\\s+(?:" + SPEECH + ")(?:\\s+[^,:\"“]{0,40})?[:,]$", Pattern.DOTALL);
    private static final Pattern CHARACTERIZING_VERB = Pattern.compile(
            "\\s(?:called|calls|call|described|describes|" + SPEECH + "|accused|labelled|labeled)\\s");

    @Override
    public List<Quote> quotesIn(List<String> paragraphs) {
        Speakers speakers = new Speakers(paragraphs);
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        for (QuotedSpan span : QuoteMarks.spansIn(paragraphs)) {
            String text = span.text().replaceAll("[,\\s]+$", "");
            if (text.isBlank()) {
                continue;
            }
            Optional<Quote> quote = attributed(span, text, speakers, previous);
            if (quote.isPresent()) {
                speakers.remember(quote.get().speaker(), span.position());
                quotes.add(quote.get());
                previous = quote.get();
            }
        }
        return List.copyOf(quotes);
    }

    private Optional<Quote> attributed(QuotedSpan span, String text, Speakers speakers, Quote previous) {
        int paragraph = span.paragraphIndex();
        if (span.startsSentence()) {
            Optional<String> after = speakerAfter(span, speakers);
            if (after.isPresent()) {
                return after.map(speaker -> new Quote(text, speaker, paragraph, false));
            }
            if (previous != null && previous.paragraphIndex() == paragraph && !looksLikeATitle(text)) {
                return Optional.of(new Quote(text, previous.speaker(), paragraph, false));
            }
            return Optional.empty();
        }
        Matcher before = SPEAKER_VERB_COLON.matcher(span.before().strip());
        if (before.matches()) {
            return speakers.speakerIn(before.group(1), span.position())
                    .map(speaker -> new Quote(text, speaker, paragraph, false));
        }
        if (span.words() < 2 || looksLikeATitle(text)) {
            return Optional.empty(); // a scare-quoted word or the title of a work
        }
        Matcher verb = CHARACTERIZING_VERB.matcher(" " + span.before());
        if (!verb.find()) {
            return Optional.empty(); // a quoted term nobody is said to have used
        }
        String subject = (" " + span.before()).substring(0, verb.start());
        return speakers.speakerIn(subject, span.position())
                .map(speaker -> new Quote(text, speaker, paragraph, true));
    }

    private static Optional<String> speakerAfter(QuotedSpan span, Speakers speakers) {
        String after = span.after().replaceAll("^[,\\s—–-]+", "");
        Matcher verbFirst = VERB_THEN_SPEAKER.matcher(after);
        if (verbFirst.matches()) {
            return speakers.speakerIn(verbFirst.group(1), span.position());
        }
        Matcher speakerFirst = SPEAKER_THEN_VERB.matcher(after);
        if (speakerFirst.matches()) {
            return speakers.speakerIn(speakerFirst.group(1), span.position());
        }
        return Optional.empty();
    }

    /** "The Glass Orchard", "Every Drop Counts": every longer word capitalized, and short. */
    private static boolean looksLikeATitle(String text) {
        String[] words = text.replaceAll("[^\\p{L}\\s'’-]", "").strip().split("\\s+");
        if (words.length > 8 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        for (String word : words) {
            if (word.length() >= 4 && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
