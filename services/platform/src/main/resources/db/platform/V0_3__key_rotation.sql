-- After a signer rotates, its previous key keeps working for an overlap period, then is retired.
alter table trusted_key add column retire_after timestamptz;
