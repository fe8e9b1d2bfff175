-- Who made each version of an article, and why. The current version's edit sits on the article
-- row; it moves to the revision table with that version when a newer one replaces it.
alter table article add column revision_author text;
alter table article add column revision_note text;
alter table article add column revision_minor integer not null default 0;

alter table revision add column dek text;
alter table revision add column author text;
alter table revision add column note text;
alter table revision add column minor integer not null default 0;

-- The newsroom's own copy of each article it writes: the Markdown, the fields the library does not
-- keep (authors, sections, tags, lead image, coverage links) and where it stands. `version` grows
-- with every save, so a save based on an older one is refused instead of overwriting it.
create table newsroom_article (
    id                integer primary key,
    article_id        text    not null unique,
    title             text    not null,
    dek               text,
    kind              text    not null,
    access            text    not null,
    authors           text    not null,
    sections          text    not null,
    tags              text    not null,
    markdown          text    not null,
    lead_image_url    text,
    lead_image_alt    text,
    lead_image_width  integer,
    lead_image_height integer,
    coverage          text    not null,
    state             text    not null,
    publish_at        integer,
    published_at      integer,
    version           integer not null,
    created_by        text    not null,
    created_at        integer    not null,
    saved_by          text    not null,
    saved_at          integer    not null
);
create index newsroom_article_by_state on newsroom_article (state, publish_at);

-- Who did what in the newsroom and the admin pages, newest last.
create table audit_entry (
    id      integer primary key,
    at      integer    not null,
    actor   text    not null,
    action  text    not null,
    subject text    not null,
    detail  text
);
create index audit_entry_by_time on audit_entry (at);
