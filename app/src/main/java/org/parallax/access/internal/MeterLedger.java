package org.parallax.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meter's tables: each reader's unlocked articles and the count per period. Every unlock is
 * decided by the database in one transaction (a primary key, then a conditional update of the
 * count), so app nodes racing for a reader's last free article let exactly one through without
 * any lock held in Java.
 */
@Repository
class MeterLedger implements UnlockedArticles {

    /** How an unlock ended. */
    enum Outcome {
        /** Newly unlocked, one article counted. */
        UNLOCKED,
        /** The reader had unlocked it before: nothing counted. */
        ALREADY_UNLOCKED,
        /** The period's allowance is used up: nothing unlocked, nothing counted. */
        REFUSED
    }

    enum Kind {
        /** Counted against the period's allowance. */
        METERED,
        /** Unlocked through the email form before signing in; never counted. */
        EMAIL
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MeterLedger(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean unlocked(long readerId, String articleId) {
        return jdbc.sql("select count(*) from meter_unlock where reader_id = ? and article_id = ?")
                .params(readerId, articleId)
                .query(Integer.class)
                .single() > 0;
    }

    /** Articles counted for this reader in this period. */
    int used(long readerId, String period) {
        return jdbc.sql("select used from meter_count where reader_id = ? and period = ?")
                .params(readerId, period)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Unlocks an article against the period's allowance of {@code allowance} articles. */
    Outcome unlock(long readerId, String articleId, String period, int allowance) {
        return transactions.execute(status -> {
            if (insertUnlock(readerId, articleId, period, Kind.METERED) == 0) {
                return Outcome.ALREADY_UNLOCKED;
            }
            jdbc.sql("insert into meter_count (reader_id, period, used) values (?, ?, 0) on conflict do nothing")
                    .params(readerId, period)
                    .update();
            int counted = jdbc.sql("update meter_count set used = used + 1 where reader_id = ? and period = ? and used < ?")
                    .params(readerId, period, allowance)
                    .update();
            if (counted == 0) {
                status.setRollbackOnly();
                return Outcome.REFUSED;
            }
            return Outcome.UNLOCKED;
        });
    }

    /** Keeps for good, uncounted, the articles a browser unlocked by email before its reader signed in. */
    void carryOver(long readerId, Collection<String> articleIds, String period) {
        transactions.executeWithoutResult(status -> articleIds.forEach(id -> insertUnlock(readerId, id, period, Kind.EMAIL)));
    }

    /** The reader's unlocks, newest first; at most {@code limit} of them. */
    List<Unlock> unlocks(long readerId, int limit) {
        return jdbc.sql("""
                        select article_id, kind, period, created_at from meter_unlock where reader_id = ?
                        order by created_at desc, article_id limit ?""")
                .params(readerId, limit)
                .query((row, number) -> new Unlock(row.getString("article_id"), row.getString("kind"), row.getString("period"),
                        Instant.ofEpochMilli(row.getLong("created_at"))))
                .list();
    }

    /** Forgets a reader's unlocks and counts, once the account is deleted. */
    void forget(long readerId) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from meter_unlock where reader_id = ?").param(readerId).update();
            jdbc.sql("delete from meter_count where reader_id = ?").param(readerId).update();
        });
    }

    /** One article a reader unlocked for good. */
    record Unlock(String articleId, String kind, String period, Instant at) {
    }

    private int insertUnlock(long readerId, String articleId, String period, Kind kind) {
        return jdbc.sql("""
                        insert into meter_unlock (reader_id, article_id, period, kind, created_at) values (?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(readerId, articleId, period, kind.name(), clock.millis())
                .update();
    }
}
