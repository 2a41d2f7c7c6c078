-- The purges (PublishedRowsPurge, ProcessedMarksPurge) find old rows by time without reading the table.
create index outbox_message_published_at on outbox_message (published_at) where published_at is not null;
create index processed_event_processed_at on processed_event (processed_at);
