-- Which channel of cooperation a routed request is: its workflow decides what the hub relays later.
ALTER TABLE routing_record ADD COLUMN kind text NOT NULL DEFAULT 'MLA';
