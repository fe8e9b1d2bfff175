-- Attempts at abusable actions (signing in, asking for links, email forms), counted per limit,
-- per subject (the SHA-256 of an email or IP address, never the address itself) and per window.
create table attempt (
    limit_name   text    not null,
    subject_hash text    not null,
    window_start bigint  not null,
    attempts     integer not null,
    primary key (limit_name, subject_hash, window_start)
);
create index attempt_by_window on attempt (window_start);
