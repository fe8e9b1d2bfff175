-- Who made each version of an article, and why. The current version's edit sits on the article
-- row; it moves to the revision table with that version when a newer one replaces it.
alter table article add column revision_author text;
alter table article add column revision_note text;
alter table article add column revision_minor integer not null default 0;

alter table revision add column dek text;
alter table revision add column author text;
alter table revision add column note text;
alter table revision add column minor integer not null default 0;
