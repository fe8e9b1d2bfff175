package org.parallax.stories.internal.clustering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the clusterer remembers of one story: the sum of its articles' digests (its centroid, cut
 * to the heaviest terms, entities and names, so a story's size in memory is bounded however long it
 * runs), its language, how many articles it has and when it was first and last active.
 */
final class StoryProfile {

    private final long id;
    private final String language;
    private Instant first;
    private Instant last;
    private int articles;
    private Weights terms;
    private Weights entities;
    private Weights names;
    private List<Member> members = new ArrayList<>();

    StoryProfile(long id, String language, Instant first, Instant last, int articles, Weights terms,
            Weights entities, Weights names) {
        this.id = id;
        this.language = language;
        this.first = first;
        this.last = last;
        this.articles = articles;
        this.terms = terms;
        this.entities = entities;
        this.names = names;
    }

    static StoryProfile open(long id, String language, Instant at, ArticleDigest digest) {
        return new StoryProfile(id, language, at, at, 1, digest.terms(), digest.entities(), digest.names());
    }

    void absorb(ArticleDigest digest, Instant at, ClusteringSettings settings, DocumentFrequencies frequencies) {
        terms = terms.plus(digest.terms()).top(settings.profileTerms(), frequencies, false);
        entities = entities.plus(digest.entities()).top(settings.profileEntities(), frequencies, false);
        names = names.plus(digest.names()).top(settings.profileEntities(), frequencies, false);
        articles++;
        if (at.isBefore(first)) {
            first = at;
        }
        if (at.isAfter(last)) {
            last = at;
        }
    }

    /** Takes a member moved in from another story. */
    void absorb(Member member, ClusteringSettings settings, DocumentFrequencies frequencies) {
        absorb(member.digest(), member.at(), settings, frequencies);
    }

    /** Gives up a member moved to another story: its weights leave the profile (as far as the profile still holds them). */
    void release(Member member) {
        terms = terms.minus(member.digest().terms());
        entities = entities.minus(member.digest().entities());
        names = names.minus(member.digest().names());
        articles--;
    }

    /** The story's most recent members, oldest first. */
    List<Member> members() {
        return members;
    }

    /** Sets the kept members, keeping only the {@code limit} most recent (by arrival). */
    void keep(List<Member> kept, int limit) {
        List<Member> sorted = new ArrayList<>(kept);
        sorted.sort(java.util.Comparator.comparingLong(Member::arrival));
        members = new ArrayList<>(sorted.subList(Math.max(0, sorted.size() - limit), sorted.size()));
    }

    /** How far a time lies outside the story's active span; zero inside it. */
    Duration distanceFrom(Instant at) {
        if (at.isBefore(first)) {
            return Duration.between(at, first);
        }
        if (at.isAfter(last)) {
            return Duration.between(last, at);
        }
        return Duration.ZERO;
    }

    long id() {
        return id;
    }

    String language() {
        return language;
    }

    Instant first() {
        return first;
    }

    Instant last() {
        return last;
    }

    int articles() {
        return articles;
    }

    Weights terms() {
        return terms;
    }

    Weights entities() {
        return entities;
    }

    Weights names() {
        return names;
    }
}
