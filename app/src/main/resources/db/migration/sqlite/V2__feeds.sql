-- Feeds the ingest module follows, and the entries it has already handled.
create table feed (
    id               integer primary key,
    outlet_id        integer not null references outlet (id),
    url              text    not null unique,
    paused           integer not null default 0,
    interval_minutes integer not null default 30,
    etag             text,
    last_modified    text,
    last_fetch_at    integer,
    last_success_at  integer,
    next_fetch_at    integer not null default 0,
    items_seen       integer not null default 0,
    failures         integer not null default 0,
    total_failures   integer not null default 0,
    last_error       text,
    created_at       integer not null
);
create index feed_by_next_fetch on feed (next_fetch_at);

create table feed_entry (
    feed_id     integer not null references feed (id) on delete cascade,
    entry_key   text    not null,
    article_url text,
    seen_at     integer not null,
    primary key (feed_id, entry_key)
);

-- Facts the application records once, such as "the default feeds were added".
create table ingest_marker (
    name   text    primary key,
    set_at integer not null
);

-- Where an article's text came from: the page itself, or the feed when the page could not be read.
alter table article add column text_origin text;
