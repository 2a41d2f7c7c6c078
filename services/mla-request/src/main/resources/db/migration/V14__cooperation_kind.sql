-- Which channel of cooperation a request is; its workflow (events: Workflows) follows from it.
ALTER TABLE mla_request ADD COLUMN kind text NOT NULL DEFAULT 'MLA';

-- Refusal grounds are a list of codes, kept as one: a JSON array instead of comma-joined text.
ALTER TABLE mla_request ALTER COLUMN refusal_grounds TYPE jsonb
    USING CASE WHEN refusal_grounds IS NULL THEN NULL ELSE to_jsonb(string_to_array(refusal_grounds, ',')) END;
