-- Every kind of cooperation in one table: only MLA names a measure, informal exchanges and victim
-- notices have no legal basis, and a date set by an action is not always a postponement (an answer
-- deadline, an agreement's end, a return date).
ALTER TABLE mla_request ALTER COLUMN assistance_type DROP NOT NULL;
ALTER TABLE mla_request ALTER COLUMN legal_basis DROP NOT NULL;
ALTER TABLE mla_request RENAME COLUMN postponed_until TO until_date;

-- What kind-specific actions settle: a joint team's partner members, a surrender, non-punishment.
ALTER TABLE mla_request ADD COLUMN team jsonb;
ALTER TABLE mla_request ADD COLUMN surrender jsonb;
ALTER TABLE mla_request ADD COLUMN non_punishment boolean;
