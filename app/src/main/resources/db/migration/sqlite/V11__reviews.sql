-- Reviews: the Daily Review, the Weekly Review and the free newsletter. Times are epoch
-- milliseconds; dates (edition_date) are ISO days in the publication's time zone.

-- One edition of a review, frozen when it is first sent: the archive shows exactly what went out.
-- The unique (review, edition_date) row is also the lock that lets only one node start a send.
create table review_edition (
    id           integer primary key,
    review       text    not null,
    edition_date text    not null,
    subject      text    not null,
    html         text    not null,
    plain_text   text    not null,
    frozen_at    integer not null,
    unique (review, edition_date)
);

-- The outbox: one row per (edition, reader), so nobody is addressed twice. state is pending,
-- sending (claimed by a sender until claimed_until), sent or failed. A pending row is tried when
-- due_at has passed (retries back off by moving it).
create table review_delivery (
    edition_id    integer not null references review_edition (id),
    reader_id     integer not null references reader (id),
    email         text    not null,
    state         text    not null,
    attempts      integer not null default 0,
    due_at        integer not null,
    claimed_by    text,
    claimed_until integer,
    message_id    text,
    last_error    text,
    sent_at       integer,
    primary key (edition_id, reader_id)
);
create index review_delivery_due on review_delivery (edition_id, state, due_at);

-- Which emails a reader wants. No row: the default (subscribers get both reviews; the newsletter
-- follows reader.newsletter).
create table review_preference (
    reader_id  integer not null references reader (id),
    review     text    not null,
    wanted     integer not null,
    changed_at integer not null,
    primary key (reader_id, review)
);

-- Addresses that refused mail for good; bouncing_since is set after repeated permanent failures,
-- and such an address is sent nothing until it changes.
create table review_address (
    email              text    primary key,
    permanent_failures integer not null,
    last_failure       text,
    bouncing_since     integer,
    updated_at         integer not null
);

-- The editors' hand on an edition before it goes: stories pinned (in order) or dropped.
create table review_pick (
    review       text    not null,
    edition_date text    not null,
    story_id     integer not null,
    choice       text    not null,
    position     integer not null,
    chosen_by    integer references reader (id),
    chosen_at    integer not null,
    primary key (review, edition_date, story_id)
);

-- The editors' notes on an edition: "Our take" (daily), "What's to come" (weekly).
create table review_note (
    review       text    not null,
    edition_date text    not null,
    kind         text    not null,
    body         text    not null,
    written_by   integer references reader (id),
    written_at   integer not null,
    primary key (review, edition_date, kind)
);
