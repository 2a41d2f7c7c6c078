-- A country's own domestic case: every exchange and request it made or received about that case, of
-- any kind and with any country, grouped under one reference. Local: it never travels.
ALTER TABLE mla_request ADD COLUMN case_reference text;
CREATE INDEX mla_request_case_reference ON mla_request (case_reference) WHERE case_reference IS NOT NULL;
