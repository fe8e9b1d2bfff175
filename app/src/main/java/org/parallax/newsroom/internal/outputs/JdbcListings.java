package org.parallax.newsroom.internal.outputs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parallax.newsroom.Listing;
import org.parallax.newsroom.Listings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Listings read from the newsroom's own articles, where authors, sections and tags are kept as
 * typed, comma-separated. A listing walks the published rows' short name columns (never the text):
 * a publication's own output is thousands of articles, not millions, so no index table is kept.
 */
@Repository
class JdbcListings implements Listings {

    private final JdbcClient jdbc;

    JdbcListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Listing> listing(Listing.Kind kind, String slug, int limit) {
        String wanted = slug == null ? "" : slug;
        List<String> ids = new ArrayList<>();
        String[] name = {null};
        jdbc.sql("select article_id, " + column(kind) + " as names from newsroom_article where state = 'published'"
                        + " order by published_at desc, id desc")
                .query(row -> {
                    if (ids.size() >= limit) {
                        return;
                    }
                    for (String typed : split(row.getString("names"))) {
                        if (Listing.slug(typed).equals(wanted)) {
                            name[0] = name[0] == null ? typed : name[0];
                            ids.add(row.getString("article_id"));
                            return;
                        }
                    }
                });
        return name[0] == null ? Optional.empty() : Optional.of(new Listing(kind, wanted, name[0], ids));
    }

    @Override
    public List<String> namesOf(String articleId, Listing.Kind kind) {
        return jdbc.sql("select " + column(kind) + " from newsroom_article where article_id = ? and state = 'published'")
                .param(articleId)
                .query(String.class)
                .optional()
                .map(JdbcListings::split)
                .orElse(List.of());
    }

    /** A fixed column per kind, never a caller's string. */
    private static String column(Listing.Kind kind) {
        return switch (kind) {
            case AUTHOR -> "authors";
            case SECTION -> "sections";
            case TAG -> "tags";
        };
    }

    private static List<String> split(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split(",")).map(String::strip).filter(part -> !part.isEmpty() && !Listing.slug(part).isEmpty())
                        .distinct().toList();
    }
}
