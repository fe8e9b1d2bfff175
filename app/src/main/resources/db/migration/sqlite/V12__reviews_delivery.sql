-- The delivery engine's own records. review_secret holds keys every node must share, such as the
-- one that signs the unsubscribe and preference links when none is configured: the first node to
-- need it stores a random one, and every node reads that one.
create table review_secret (
    name       text    primary key,
    secret     text    not null,
    created_at integer not null
);

-- Finds the editions that still have rows to send (pending or being sent) without reading the sent ones.
create index review_delivery_open on review_delivery (state, edition_id);
