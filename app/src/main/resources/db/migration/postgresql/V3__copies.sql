-- Near-duplicate detection: each article's MinHash signature, cut into bands; two texts that share
-- most of their word shingles very likely share a band. A copy points at the first article it copies.
create table article_band (
    band       bigint  not null,
    article_id bigint  not null references article (id) on delete cascade,
    primary key (article_id, band)
);
create index article_band_by_band on article_band (band);

alter table article add column copy_of bigint references article (id);
create index article_by_copy_of on article (copy_of);
