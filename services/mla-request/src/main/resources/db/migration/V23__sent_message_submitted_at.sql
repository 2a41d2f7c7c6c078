-- When the broker took each sent message, kept with it: the transport watch counts from it, and the outbox
-- row it came from is deleted a week after publishing (PublishedRowsPurge).
alter table sent_message add column submitted_at timestamptz;
update sent_message s set submitted_at = o.published_at from outbox_message o where o.event_id = s.message_id;
create index sent_message_awaiting_retrieval on sent_message (submitted_at) where retrieved_at is null and failure is null;
