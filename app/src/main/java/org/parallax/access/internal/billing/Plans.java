package org.parallax.access.internal.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans admins define. A plan is never deleted, only deactivated, so subscriptions keep pointing at it. */
@Repository
class Plans {

    private static final String COLUMNS = "id, name, billing_interval, amount_minor, currency, stripe_price_id, active";

    private final JdbcClient jdbc;
    private final Clock clock;

    Plans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Plan> all() {
        return jdbc.sql("select " + COLUMNS + " from billing_plan order by active desc, billing_interval, amount_minor, id")
                .query(Plans::plan).list();
    }

    /** The plans a reader may choose now, monthly first. */
    List<Plan> active() {
        return all().stream().filter(Plan::active).toList();
    }

    Optional<Plan> plan(long id) {
        return jdbc.sql("select " + COLUMNS + " from billing_plan where id = ?").param(id).query(Plans::plan).optional();
    }

    Optional<Plan> byStripePrice(String stripePriceId) {
        return jdbc.sql("select " + COLUMNS + " from billing_plan where stripe_price_id = ?").param(stripePriceId)
                .query(Plans::plan).optional();
    }

    Plan create(PlanForm form) {
        Plan plan = form.validated(0);
        refuseTakenPrice(plan);
        long now = clock.millis();
        try {
            long id = jdbc.sql("""
                            insert into billing_plan (name, billing_interval, amount_minor, currency, stripe_price_id, active, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(plan.name(), plan.interval().name(), plan.amountMinor(), plan.currency(), plan.stripePriceId(),
                            plan.active(), now, now)
                    .query(Long.class).single();
            return plan(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw samePrice(plan);
        }
    }

    Plan update(long id, PlanForm form) {
        Plan plan = form.validated(id);
        refuseTakenPrice(plan);
        try {
            int changed = jdbc.sql("""
                            update billing_plan set name = ?, billing_interval = ?, amount_minor = ?, currency = ?, stripe_price_id = ?,
                            active = ?, updated_at = ? where id = ?""")
                    .params(plan.name(), plan.interval().name(), plan.amountMinor(), plan.currency(), plan.stripePriceId(),
                            plan.active(), clock.millis(), id)
                    .update();
            if (changed == 0) {
                throw new InvalidPlan("There is no plan " + id + ".");
            }
            return plan;
        } catch (DuplicateKeyException e) {
            throw samePrice(plan);
        }
    }

    Plan setActive(long id, boolean active) {
        jdbc.sql("update billing_plan set active = ?, updated_at = ? where id = ?").params(active, clock.millis(), id).update();
        return plan(id).orElseThrow(() -> new InvalidPlan("There is no plan " + id + "."));
    }

    /** Checked first, since SQLite reports a broken unique index on "returning" without saying which. */
    private void refuseTakenPrice(Plan plan) {
        if (byStripePrice(plan.stripePriceId()).filter(other -> other.id() != plan.id()).isPresent()) {
            throw samePrice(plan);
        }
    }

    private static InvalidPlan samePrice(Plan plan) {
        return new InvalidPlan("Another plan already uses the Stripe price " + plan.stripePriceId() + ".");
    }

    private static Plan plan(ResultSet row, int number) throws SQLException {
        return new Plan(row.getLong("id"), row.getString("name"), Plan.Interval.valueOf(row.getString("billing_interval")),
                row.getLong("amount_minor"), row.getString("currency"), row.getString("stripe_price_id"), row.getBoolean("active"));
    }
}
