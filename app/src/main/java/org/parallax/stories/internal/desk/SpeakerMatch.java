package org.parallax.stories.internal.desk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityMention;

/**
 * Links a quote's speaker, as the article names them, to a person the article names: the full
 * name itself, or the one person whose surname the speaker is. A title ("the minister") links to
 * no one.
 */
final class SpeakerMatch {

    private SpeakerMatch() {
    }

    static Optional<Entity> of(String speaker, List<EntityMention> mentions) {
        if (speaker == null || speaker.isBlank() || Character.isLowerCase(speaker.charAt(0))) {
            return Optional.empty();
        }
        String wanted = speaker.trim().toLowerCase(Locale.ROOT);
        List<Entity> people = mentions.stream().map(EntityMention::entity)
                .filter(entity -> entity.kind() == Entity.Kind.PERSON).distinct().toList();
        Optional<Entity> exact = people.stream()
                .filter(person -> person.canonicalName().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String surname = wanted.substring(wanted.lastIndexOf(' ') + 1);
        List<Entity> bySurname = people.stream()
                .filter(person -> person.canonicalName().toLowerCase(Locale.ROOT).endsWith(" " + surname)).toList();
        return bySurname.size() == 1 ? Optional.of(bySurname.getFirst()) : Optional.empty();
    }
}
