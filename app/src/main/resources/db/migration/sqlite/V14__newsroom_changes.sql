-- Corrections and clarifications on the publication's own articles. The article is named by its
-- public id and its headline at the time, so the corrections page needs no join with gated text.
create table correction (
    id            integer primary key,
    article_id    text    not null,
    article_title text    not null,
    kind          text    not null,
    text          text    not null,
    editor        text,
    recorded_at   integer not null
);

create index correction_article on correction (article_id, recorded_at);
create index correction_recorded on correction (recorded_at);
