package org.parallax.stories;

import java.util.List;

/**
 * A speaker in a story and the outlets that quote them, with the quotes; {@code entity} is null
 * when the speaker could not be linked to a person the library knows.
 */
public record QuotedSpeaker(String speaker, NamedEntity entity, List<String> outlets, List<FiledQuote> quotes) {

    public QuotedSpeaker {
        outlets = List.copyOf(outlets);
        quotes = List.copyOf(quotes);
    }
}
