-- The meter. A reader's unlocked articles stay readable for good; METERED ones were counted against
-- the allowance of their period, EMAIL ones were unlocked through the email form before signing in
-- and carried into the account uncounted. The primary key makes a second unlock of an article free.
create table meter_unlock (
    reader_id  integer not null references reader (id),
    article_id text    not null,
    period     text    not null,
    kind       text    not null,
    created_at integer not null,
    primary key (reader_id, article_id)
);

-- Articles counted per reader and period (e.g. 2026-03 or 2026-W11). Unlocks raise "used" with a
-- conditional update (used < allowance), so concurrent unlocks on any node never overspend.
create table meter_count (
    reader_id integer not null references reader (id),
    period    text    not null,
    used      integer not null,
    primary key (reader_id, period)
);

-- Small settings the admin edits on the site (the house ad's text and link).
create table publication_setting (
    name       text    primary key,
    value      text    not null,
    updated_at integer not null
);
