-- The library: outlets, articles, earlier revisions, and the change log that derived state replays.
create table outlet (
    id       integer primary key,
    slug     text    not null unique,
    name     text    not null unique,
    home_url text,
    own      integer not null default 0
);

create table article (
    id           integer primary key,
    public_id    text    not null unique,
    url          text    not null unique,
    outlet_id    integer not null references outlet (id),
    title        text    not null,
    dek          text,
    byline       text,
    kind         text    not null,
    access       text,
    language     text,
    published_at integer not null,
    updated_at   integer,
    body         text    not null,
    revision     integer not null,
    stored_at    integer not null
);
create index article_by_published on article (published_at);
create index article_by_outlet on article (outlet_id, published_at);
create index article_by_kind on article (kind, published_at);

-- Earlier versions only: the current one is the article row itself.
create table revision (
    article_id  integer not null references article (id) on delete cascade,
    number      integer not null,
    title       text    not null,
    body        text    not null,
    recorded_at integer not null,
    primary key (article_id, number)
);

create table library_change (
    seq        integer primary key autoincrement,
    article_id integer not null,
    public_id  text    not null,
    changed_at integer not null
);
