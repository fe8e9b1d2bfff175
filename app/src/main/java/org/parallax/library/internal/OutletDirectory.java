package org.parallax.library.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.library.CanonicalUrl;
import org.parallax.library.InvalidArticle;
import org.parallax.library.Outlet;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Outlets by name, created on first sight; the publication's own outlet is recognised by name. */
@Component
class OutletDirectory {

    static final RowMapper<Outlet> OUTLET = (rs, row) -> new Outlet(
            rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("home_url"), rs.getBoolean("own"));

    private final JdbcClient jdbc;
    private final String publicationName;
    private final Map<String, Outlet> byName = new ConcurrentHashMap<>();

    OutletDirectory(JdbcClient jdbc, LibraryProperties properties) {
        this.jdbc = jdbc;
        this.publicationName = properties.publicationName().trim();
    }

    /** The outlet with this name, created (own or external, by name) when it is new. */
    Outlet named(String name, String articleUrl) {
        if (name == null || name.isBlank()) {
            throw new InvalidArticle("outlet is missing");
        }
        String trimmed = name.trim().replaceAll("\\s+", " ");
        String key = trimmed.toLowerCase(Locale.ROOT);
        Outlet cached = byName.get(key);
        if (cached != null) {
            return cached;
        }
        Outlet outlet = find(trimmed).orElseGet(() -> create(trimmed, articleUrl));
        byName.put(key, outlet);
        return outlet;
    }

    List<Outlet> all() {
        return jdbc.sql("select * from outlet order by own desc, name").query(OUTLET).list();
    }

    Optional<Outlet> withSlug(String slug) {
        return jdbc.sql("select * from outlet where slug = ?").param(slug).query(OUTLET).optional();
    }

    /** Forgets cached outlets; a rolled-back transaction may have created some that no longer exist. */
    void forget() {
        byName.clear();
    }

    private Optional<Outlet> find(String name) {
        return jdbc.sql("select * from outlet where lower(name) = lower(?)").param(name).query(OUTLET).optional();
    }

    private Outlet create(String name, String articleUrl) {
        boolean own = name.equalsIgnoreCase(publicationName);
        String base = Slugs.words(name).isEmpty() ? "outlet-" + Slugs.shortHash(name) : Slugs.words(name);
        String slug = base;
        for (int n = 2; withSlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        String home = articleUrl.startsWith("http") ? CanonicalUrl.homeOf(articleUrl) : null;
        long id = jdbc.sql("insert into outlet (slug, name, home_url, own) values (?, ?, ?, ?) returning id")
                .params(slug, name, home, own)
                .query(Long.class)
                .single();
        return new Outlet(id, slug, name, home, own);
    }
}
