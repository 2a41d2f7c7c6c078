-- What the requester should know about where a request went (translation, stale entry, signature ...).
alter table routing_record add column warnings text;
