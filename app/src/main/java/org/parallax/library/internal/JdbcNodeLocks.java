package org.parallax.library.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.parallax.library.NodeLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Leases in the {@code node_lock} table. Taking one is a single conditional upsert (the row is new,
 * expired or already ours), decided by the database, so two nodes asking at once cannot both win.
 * Times come from each node's clock: nodes are expected to keep them in step (NTP) to well within
 * a lease.
 */
@Service
class JdbcNodeLocks implements NodeLocks {

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * Who holds a lease: the node's name ({@code PARALLAX_NODE_ID}, else host and process) and a
     * random part, so that two apps never share a name (one JVM runs two in the tests).
     */
    private final String node;

    JdbcNodeLocks(JdbcClient jdbc, Clock clock, @Value("${PARALLAX_NODE_ID:}") String nodeId) {
        this.jdbc = jdbc;
        this.clock = clock;
        String name = nodeId == null || nodeId.isBlank()
                ? host() + "/" + ManagementFactory.getRuntimeMXBean().getPid() : nodeId.strip();
        this.node = name + "/" + UUID.randomUUID().toString().substring(0, 8);
    }


    @Override
    public NodeLock lock(String name, Duration lease) {
        if (name == null || name.isBlank() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a node lock needs a name and a positive lease");
        }
        return new NodeLock() {
            @Override
            public boolean hold() {
                long now = clock.millis();
                return jdbc.sql("""
                                insert into node_lock (name, locked_until, locked_by, locked_at) values (?, ?, ?, ?)
                                on conflict (name) do update
                                set locked_until = excluded.locked_until, locked_by = excluded.locked_by, locked_at = excluded.locked_at
                                where node_lock.locked_until <= ? or node_lock.locked_by = ?""")
                        .params(name, now + lease.toMillis(), node, now, now, node)
                        .update() == 1;
            }

            @Override
            public void release() {
                jdbc.sql("update node_lock set locked_until = 0 where name = ? and locked_by = ?").params(name, node).update();
            }

            @Override
            public String toString() {
                return "node lock " + name;
            }
        };
    }

    /** The host's name as the environment gives it: asking DNS could hold up the start. */
    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "node" : host;
    }
}
