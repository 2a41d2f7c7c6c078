-- The directory as correspondents keep it: what an entry supports, requires and covers, and whether it
-- is illustrative seed data.
alter table contact_point add column urgent_languages text;
alter table contact_point add column legal_instruments text;
alter table contact_point add column regions text;
alter table contact_point add column attachment_limit_bytes bigint;
alter table contact_point add column e_signature_required boolean not null default false;
alter table contact_point add column encryption_required boolean not null default false;
alter table contact_point add column illustrative boolean not null default false;

-- Every change to the directory is a new version: who changed which country's entries, when, and the
-- country's entries as they stood afterwards (for audit and for "which directory did this decision use").
create table directory_version (
    number     bigserial    primary key,
    country    char(2),
    summary    text         not null,
    changed_by varchar(200) not null,
    changed_at timestamptz  not null,
    entries    jsonb        not null
);
create index directory_version_country on directory_version (country, number);

-- Entries seeded before versions existed belong to version 1.
insert into directory_version (country, summary, changed_by, changed_at, entries)
select null, 'seed ' || min(directory_version), 'seed', now(), '[]'::jsonb from contact_point having count(*) > 0;
update contact_point set directory_version = 'v1', illustrative = true;
