-- A notice the SMTP server refused waits before it is tried again, longer each time, so an outage of
-- the mail server delays notices instead of using up their tries.
ALTER TABLE notice ADD COLUMN next_attempt_at timestamptz;
UPDATE notice SET next_attempt_at = created_at WHERE sent_at IS NULL;
DROP INDEX notice_unsent;
CREATE INDEX notice_unsent ON notice (next_attempt_at) WHERE sent_at IS NULL;
