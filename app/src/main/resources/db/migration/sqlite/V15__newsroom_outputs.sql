-- Readers' tips on the publication's own articles, for the newsroom to read and perhaps use in an
-- update. Times are epoch milliseconds; used_at is null until an editor marks the tip as used.
create table reader_tip (
    id         integer primary key,
    article_id text    not null,
    reader_id  integer not null references reader (id),
    body       text    not null,
    sent_at    integer not null,
    used_at    integer,
    used_by    integer references reader (id)
);
create index reader_tip_by_sent on reader_tip (sent_at);
