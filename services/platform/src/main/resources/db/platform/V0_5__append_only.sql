-- For tables that are evidence (an audit trail, the anchors of others' trails): a trigger with this
-- function refuses every update, delete and truncate, to the owner too until it switches it off.
create function refuse_changes_to_evidence() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', TG_TABLE_NAME;
end $$;
