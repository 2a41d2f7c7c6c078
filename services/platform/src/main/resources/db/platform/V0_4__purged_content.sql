-- A service that only carries messages (the hub) drops what a message says once the broker has it,
-- and keeps what it did: which message, where, when, and the digest of the bytes it relayed.
alter table outbox_message alter column payload drop not null;
alter table outbox_message add column content_digest varchar(64);
alter table outbox_message add column purged_at timestamptz;
