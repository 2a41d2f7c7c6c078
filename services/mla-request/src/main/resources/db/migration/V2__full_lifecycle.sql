-- What the latest action said, so both sides see why a request is where it is.
alter table mla_request add column last_note text;
alter table mla_request add column refusal_grounds text;
alter table mla_request add column postponed_until date;
alter table mla_request add column status_changed_at timestamptz;
update mla_request set status_changed_at = coalesce(acknowledged_at, transmitted_at, created_at);
alter table mla_request alter column status_changed_at set not null;

alter table request_history add column action varchar(40);
alter table request_history add column note text;
