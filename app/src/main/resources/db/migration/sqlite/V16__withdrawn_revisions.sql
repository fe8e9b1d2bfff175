-- The versions of an own article that was withdrawn (unpublished), kept by its public id and
-- address: when it is stored again, they become its history again and its versions go on counting.
create table withdrawn_revision (
    public_id   text    not null,
    url         text    not null,
    number      integer not null,
    title       text    not null,
    dek         text,
    body        text    not null,
    recorded_at integer not null,
    author      text,
    note        text,
    minor       integer not null,
    primary key (public_id, number)
);
