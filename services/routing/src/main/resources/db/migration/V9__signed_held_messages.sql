-- An unroutable request is held as its requester signed it: the bytes and the signature beside them,
-- so the regional desk can deliver it later without the hub ever re-encoding (or forging) it.
alter table routing_record add column held_signature text;
