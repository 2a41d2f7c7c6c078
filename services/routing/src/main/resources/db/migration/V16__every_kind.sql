-- Only an MLA request names a measure; the other kinds are routed by kind (and agency) alone.
ALTER TABLE routing_record ALTER COLUMN assistance_type DROP NOT NULL;
