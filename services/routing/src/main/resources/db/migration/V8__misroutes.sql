-- A request the counterpart forwarded was misrouted: which contact point it first reached, and when.
alter table routing_record add column misrouted_from varchar(40);
alter table routing_record add column forwarded_at timestamptz;
