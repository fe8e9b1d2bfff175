package org.parallax.library.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.library.CanonicalUrl;
import org.parallax.library.InvalidArticle;
import org.parallax.library.InvalidOutlet;
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

    Outlet add(String name, String homeUrl) {
        String trimmed = requireName(name);
        if (find(trimmed).isPresent()) {
            throw new InvalidOutlet("an outlet named " + trimmed + " already exists");
        }
        Outlet outlet = create(trimmed, null);
        return homeUrl == null || homeUrl.isBlank() ? outlet : setHome(outlet, homeUrl);
    }

    Outlet edit(String slug, String name, String homeUrl) {
        Outlet outlet = withSlug(slug).orElseThrow(() -> new InvalidOutlet("no outlet " + slug));
        if (name != null && !name.isBlank()) {
            String trimmed = requireName(name);
            find(trimmed).filter(other -> other.id() != outlet.id()).ifPresent(other -> {
                throw new InvalidOutlet("an outlet named " + trimmed + " already exists");
            });
            jdbc.sql("update outlet set name = ? where id = ?").params(trimmed, outlet.id()).update();
        }
        if (homeUrl != null) {
            setHome(outlet, homeUrl);
        }
        forget();
        return withSlug(slug).orElseThrow();
    }

    void remove(String slug) {
        Outlet outlet = withSlug(slug).orElseThrow(() -> new InvalidOutlet("no outlet " + slug));
        long articles = jdbc.sql("select count(*) from article where outlet_id = ?").param(outlet.id()).query(Long.class).single();
        if (articles > 0) {
            throw new InvalidOutlet(outlet.name() + " has " + articles + " articles in the library; they are kept, so the outlet stays");
        }
        jdbc.sql("delete from outlet where id = ?").param(outlet.id()).update();
        forget();
    }

    private Outlet setHome(Outlet outlet, String homeUrl) {
        String home;
        try {
            home = homeUrl.isBlank() ? null : CanonicalUrl.of(homeUrl);
        } catch (InvalidArticle e) {
            throw new InvalidOutlet("home page " + e.getMessage().replaceFirst("^url ", ""));
        }
        jdbc.sql("update outlet set home_url = ? where id = ?").params(home, outlet.id()).update();
        return new Outlet(outlet.id(), outlet.slug(), outlet.name(), home, outlet.own());
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidOutlet("an outlet needs a name");
        }
        return name.trim().replaceAll("\\s+", " ");
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
        String home = articleUrl != null && articleUrl.startsWith("http") ? CanonicalUrl.homeOf(articleUrl) : null;
        // Another node may add the same outlet at the same moment: the unique name and slug settle it
        // without failing the statement (and with it the article's transaction), and the loser reads
        // the winner's row; a slug taken meanwhile by an outlet of another name moves on to the next.
        for (int attempt = 0; attempt < 10; attempt++) {
            String slug = freeSlug(base);
            Optional<Long> id = jdbc.sql("""
                            insert into outlet (slug, name, home_url, own) values (?, ?, ?, ?)
                            on conflict do nothing returning id""")
                    .params(slug, name, home, own)
                    .query(Long.class)
                    .optional();
            if (id.isPresent()) {
                return new Outlet(id.get(), slug, name, home, own);
            }
            Optional<Outlet> theirs = find(name);
            if (theirs.isPresent()) {
                return theirs.get();
            }
        }
        throw new InvalidArticle("no free address for the outlet " + name);
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; withSlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
