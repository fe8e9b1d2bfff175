-- All-Access plans with the prices an admin sets; each names the Stripe price that Checkout charges.
create table billing_plan (
    id               integer primary key,
    name             text    not null,
    billing_interval text    not null,
    amount_minor     integer not null,
    currency         text    not null,
    stripe_price_id  text    not null unique,
    active           integer not null,
    created_at       integer not null,
    updated_at       integer not null
);

-- Where a subscription comes from and how it stands with Stripe. last_event_at is the creation time
-- of the newest Stripe event applied to the row, so an older event arriving late changes nothing.
alter table subscription add column plan_id integer references billing_plan (id);
alter table subscription add column stripe_customer_id text;
alter table subscription add column stripe_subscription_id text;
alter table subscription add column current_period_end integer;
alter table subscription add column last_event_at integer;
alter table subscription add column note text;
alter table subscription add column granted_by integer references reader (id);
create unique index subscription_by_stripe_id on subscription (stripe_subscription_id);
create index subscription_by_stripe_customer on subscription (stripe_customer_id);

-- Every Stripe event applied, recorded in the same transaction: a repeated delivery changes nothing.
create table stripe_event (
    id          text    primary key,
    type        text    not null,
    received_at integer not null
);
