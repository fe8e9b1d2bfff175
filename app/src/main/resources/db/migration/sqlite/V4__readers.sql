-- Readers and staff, keyed by email. A deleted account keeps its row (so later records can still
-- point at it) but loses its email and password; the email may then register again.
create table reader (
    id            integer primary key,
    email         text    unique,
    role          text    not null default 'READER',
    password_hash text,
    confirmed_at  integer,
    created_at    integer not null,
    deleted_at    integer
);

-- One-time links (sign in, confirm, reset password, change email). Only the SHA-256 of the
-- token is stored, so a copy of the database does not hold working links.
create table reader_link (
    token_hash text    primary key,
    reader_id  integer not null references reader (id) on delete cascade,
    purpose    text    not null,
    new_email  text,
    created_at integer not null,
    expires_at integer not null,
    used_at    integer
);
create index reader_link_by_reader on reader_link (reader_id);
