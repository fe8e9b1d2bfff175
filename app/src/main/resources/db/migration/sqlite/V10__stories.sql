-- Stories: the people, places and organizations articles name, the quotes they carry, and the
-- grouping of articles that report the same event. All of it is derived from the library and can
-- be rebuilt from it (./parallax restory).
create table entity (
    id   integer primary key,
    kind text    not null,
    name text    not null,
    -- the transliteration key: spellings of one name (Gadhafi, Qaddafi) share it and so one row,
    -- named by the first spelling filed
    name_key text not null,
    unique (kind, name_key)
);

create table article_entity (
    article_id integer not null references article (id) on delete cascade,
    entity_id  integer not null references entity (id),
    mentions   integer not null,
    first_at   integer not null,
    primary key (article_id, entity_id)
);
create index article_entity_by_entity on article_entity (entity_id);

create table quote (
    id         integer primary key,
    article_id integer not null references article (id) on delete cascade,
    position   integer not null,
    speaker    text    not null,
    entity_id  integer references entity (id),
    text       text    not null,
    partial    integer not null
);
create index quote_by_article on quote (article_id, position);
create index quote_by_entity on quote (entity_id);

create table story (
    id              integer primary key,
    lead_article_id integer references article (id) on delete set null,
    headline        text    not null,
    language        text,
    first_published integer not null,
    last_published  integer not null,
    articles        integer not null,
    outlets         integer not null
);
create index story_by_last_published on story (last_published);

create table story_article (
    article_id  integer primary key references article (id) on delete cascade,
    story_id    integer not null references story (id),
    published_at integer not null,
    similarity  real    not null,
    assigned_at integer not null
);
create index story_article_by_story on story_article (story_id);

-- How far the story desk has read the library's change log, and its clustering state as of
-- state_change (saved now and then, not with every batch: it is megabytes), so that a restart
-- carries on where it stopped instead of starting over.
create table story_desk (
    id          integer primary key check (id = 1),
    state_change integer not null default 0,
    last_change integer not null,
    state       blob
);
