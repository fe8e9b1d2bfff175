package org.parallax.library.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.library.Article;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleStamp;
import org.parallax.library.Edit;
import org.parallax.library.InvalidArticle;
import org.parallax.library.Library;
import org.parallax.library.LibraryChange;
import org.parallax.library.Outlet;
import org.parallax.library.Revision;
import org.parallax.library.Stored;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcLibrary implements Library {

    private final JdbcClient jdbc;
    private final ArticleWriter writer;
    private final OutletDirectory outlets;
    private final TransactionTemplate transactions;

    JdbcLibrary(JdbcClient jdbc, ArticleWriter writer, OutletDirectory outlets, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.outlets = outlets;
        this.transactions = transactions;
    }

    @Override
    public Stored store(ArticleDraft draft) {
        return store(draft, Edit.UNATTRIBUTED);
    }

    @Override
    public Stored store(ArticleDraft draft, Edit edit) {
        try {
            return transactions.execute(status -> writer.write(draft, edit));
        } catch (RuntimeException e) {
            outlets.forget();
            throw e;
        }
    }

    @Override
    public List<BatchItem> storeAll(List<ArticleDraft> drafts) {
        try {
            return transactions.execute(status -> {
                List<BatchItem> items = new ArrayList<>(drafts.size());
                for (ArticleDraft draft : drafts) {
                    items.add(storeChecked(draft));
                }
                return items;
            });
        } catch (DataAccessException e) {
            // One draft broke the database's rules mid-batch: store them one by one to find it.
            outlets.forget();
            return drafts.stream().map(this::storeAlone).toList();
        }
    }

    private BatchItem storeChecked(ArticleDraft draft) {
        try {
            return BatchItem.stored(draft, writer.write(draft, Edit.UNATTRIBUTED));
        } catch (InvalidArticle e) {
            return BatchItem.refused(draft, e.getMessage());
        }
    }

    private BatchItem storeAlone(ArticleDraft draft) {
        try {
            return BatchItem.stored(draft, store(draft));
        } catch (InvalidArticle e) {
            return BatchItem.refused(draft, e.getMessage());
        } catch (DataAccessException e) {
            return BatchItem.refused(draft, "the database refused it: " + e.getMostSpecificCause().getMessage());
        }
    }

    @Override
    public Optional<Article> article(String id) {
        return jdbc.sql(ArticleRows.SELECT + " where a.public_id = ?").param(id).query(ArticleRows.ARTICLE).optional();
    }

    @Override
    public List<Article> articles(ArticleFilter filter) {
        StringBuilder sql = new StringBuilder(ArticleRows.SELECT).append(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.own() != null) {
            sql.append(" and o.own = ?");
            params.add(filter.own());
        }
        if (filter.outletSlug() != null) {
            sql.append(" and o.slug = ?");
            params.add(filter.outletSlug());
        }
        if (filter.kind() != null) {
            sql.append(" and a.kind = ?");
            params.add(filter.kind().code());
        }
        if (filter.skipCopies()) {
            sql.append(" and a.copy_of is null");
        }
        sql.append(" order by a.published_at desc, a.id desc limit ?");
        params.add(filter.limit());
        return jdbc.sql(sql.toString()).params(params).query(ArticleRows.ARTICLE).list();
    }

    @Override
    public List<ArticleStamp> stamps(int limit) {
        return jdbc.sql("select public_id, published_at, updated_at from article order by published_at desc, id desc limit ?")
                .param(limit)
                .query((rs, row) -> {
                    long updated = rs.getLong("updated_at");
                    Instant updatedAt = rs.wasNull() ? null : Instant.ofEpochMilli(updated);
                    return new ArticleStamp(rs.getString("public_id"), Instant.ofEpochMilli(rs.getLong("published_at")), updatedAt);
                })
                .list();
    }

    @Override
    public List<Article> copiesOf(String articleId) {
        return jdbc.sql(ArticleRows.SELECT + " where a.copy_of = (select id from article where public_id = ?) order by a.id")
                .param(articleId).query(ArticleRows.ARTICLE).list();
    }

    @Override
    public List<Outlet> outlets() {
        return outlets.all();
    }

    @Override
    public Optional<Outlet> outlet(String slug) {
        return outlets.withSlug(slug);
    }

    @Override
    public Outlet addOutlet(String name, String homeUrl) {
        return transactions.execute(status -> outlets.add(name, homeUrl));
    }

    @Override
    public Outlet editOutlet(String slug, String name, String homeUrl) {
        return transactions.execute(status -> outlets.edit(slug, name, homeUrl));
    }

    @Override
    public void removeOutlet(String slug) {
        transactions.executeWithoutResult(status -> outlets.remove(slug));
    }

    @Override
    public boolean withdraw(String articleId) {
        return Boolean.TRUE.equals(transactions.execute(status -> writer.withdraw(articleId)));
    }

    @Override
    public List<Revision> revisions(String articleId) {
        return article(articleId).map(current -> {
            List<Revision> revisions = new ArrayList<>(jdbc.sql("""
                            select number, title, dek, body, recorded_at, author, note, minor
                            from revision where article_id = ? order by number""")
                    .param(current.key())
                    .query((rs, row) -> new Revision(rs.getInt("number"), rs.getString("title"), rs.getString("dek"),
                            BodyCodec.decode(rs.getString("body")), Instant.ofEpochMilli(rs.getLong("recorded_at")),
                            rs.getString("author"), rs.getString("note"), rs.getBoolean("minor")))
                    .list());
            Edit edit = writer.currentEdit(current.key());
            Instant currentSince = current.updated() != null ? current.updated() : current.published();
            revisions.add(new Revision(current.revision(), current.title(), current.dek(), current.body(), currentSince,
                    edit.author(), edit.note(), edit.minor()));
            return revisions;
        }).orElse(List.of());
    }

    @Override
    public List<LibraryChange> changesSince(long sequence, int limit) {
        record Entry(long seq, long articleKey, String articleId) {
        }
        List<Entry> entries = jdbc.sql("select seq, article_id, public_id from library_change where seq > ? order by seq limit ?")
                .params(sequence, limit)
                .query((rs, row) -> new Entry(rs.getLong("seq"), rs.getLong("article_id"), rs.getString("public_id")))
                .list();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> articles = articlesByKey(entries.stream().map(Entry::articleKey).distinct().toList());
        return entries.stream()
                .map(e -> new LibraryChange(e.seq(), e.articleKey(), e.articleId(), Optional.ofNullable(articles.get(e.articleKey()))))
                .toList();
    }

    private Map<Long, Article> articlesByKey(List<Long> keys) {
        String marks = keys.stream().map(k -> "?").collect(Collectors.joining(","));
        return jdbc.sql(ArticleRows.SELECT + " where a.id in (" + marks + ")").params(new ArrayList<Object>(keys))
                .query(ArticleRows.ARTICLE).list().stream()
                .collect(Collectors.toMap(Article::key, Function.identity()));
    }

    @Override
    public long lastChange() {
        return jdbc.sql("select coalesce(max(seq), 0) from library_change").query(Long.class).single();
    }

    @Override
    public List<Article> articlesAfter(long key, int limit) {
        return jdbc.sql(ArticleRows.SELECT + " where a.id > ? order by a.id limit ?").params(key, limit)
                .query(ArticleRows.ARTICLE).list();
    }

    @Override
    public long articleCount() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }
}
