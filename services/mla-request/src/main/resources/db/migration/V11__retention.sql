-- Retention: at the end of its period a request's content (what identifies people or the case) and
-- its files are destroyed; the request's facts of record (reference, status, dates, codes) stay, and
-- the audit trail gets a tombstone.
alter table mla_request alter column offence drop not null;
alter table mla_request alter column summary_of_facts drop not null;
alter table mla_request add column content_destroyed_at timestamptz;
alter table thread_message alter column body drop not null;
alter table attachment alter column filename drop not null;
create index mla_request_retention on mla_request (status_changed_at) where content_destroyed_at is null;
