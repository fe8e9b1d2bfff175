-- All-Access subscriptions: paid through Stripe or granted by an admin (complimentary). A row grants
-- access while grants_access is set and, when access_until is set, until that moment.
create table subscription (
    id            integer primary key,
    reader_id     integer not null references reader (id),
    source        text    not null,
    status        text    not null,
    grants_access integer not null,
    access_until  integer,
    created_at    integer not null,
    updated_at    integer not null
);
create index subscription_by_reader on subscription (reader_id);
