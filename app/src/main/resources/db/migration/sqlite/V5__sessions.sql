-- Signed-in sessions, kept in the database so they survive a restart and are shared by every
-- app node (Spring Session JDBC's layout). A session holds the reader's id, never the reader.
create table spring_session (
    primary_id            text    not null primary key,
    session_id            text    not null,
    creation_time         integer not null,
    last_access_time      integer not null,
    max_inactive_interval integer not null,
    expiry_time           integer not null,
    principal_name        text
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id text not null references spring_session (primary_id) on delete cascade,
    attribute_name     text not null,
    attribute_bytes    blob not null,
    primary key (session_primary_id, attribute_name)
);

-- Whether a registered reader asked for the free weekly newsletter.
alter table reader add column newsletter integer not null default 0;
