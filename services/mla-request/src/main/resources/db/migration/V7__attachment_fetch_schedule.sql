-- Failed fetches back off; a fetch in progress holds a lease so another instance skips the file.
alter table attachment add column next_attempt_at timestamptz not null default now();
drop index attachment_awaiting;
create index attachment_awaiting on attachment (next_attempt_at) where state = 'AWAITING_FETCH';
