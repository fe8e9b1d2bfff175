-- Leases that let one app node at a time run a scheduled round (feed polling, the story desk,
-- scheduled publishing, the reviews' schedule). A node takes or renews a lease with one
-- conditional upsert: it wins when the row is new, expired, or already its own. A node that dies
-- holding one is replaced once the lease runs out.
create table node_lock (
    name         text    primary key,
    locked_until bigint  not null,
    locked_by    text    not null,
    locked_at    bigint  not null
);
