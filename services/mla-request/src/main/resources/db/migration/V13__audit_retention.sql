-- Retention of the audit trail: the oldest entries go once their period has passed, but only up to an
-- entry the hub anchored. The checkpoint keeps that entry's number and hash, so the entries after it
-- still verify from there, against an anchor the country cannot rewrite.
create table audit_checkpoint (
    seq         bigint primary key,
    hash        bytea not null,
    recorded_at timestamptz not null,
    pruned_at   timestamptz not null,
    -- The period the removal claims (ISO-8601): verification checks the entries were at least that old.
    retention   text not null
);

revoke insert, update, delete, truncate on audit_checkpoint from ${serviceRole};

create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function refuse_changes_to_evidence();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function refuse_changes_to_evidence();

-- Entries stay append-only, except for the removal prune_audit_trail makes, through the entry it names.
create function refuse_changes_to_audit_entry() returns trigger language plpgsql as $$
begin
    if TG_OP = 'DELETE'
            and OLD.seq <= coalesce(nullif(current_setting('counterpart.audit_pruned_through', true), '')::bigint, 0) then
        return OLD;
    end if;
    raise exception '% is append-only', TG_TABLE_NAME;
end $$;

drop trigger audit_entry_append_only on audit_entry;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_changes_to_audit_entry();

-- The one way the service removes entries: as the owner, through one entry, leaving its checkpoint.
-- Names are schema-qualified and the search path holds nothing the service role can create (it may
-- create temporary tables), so the function cannot be pointed at look-alike tables. What it cannot
-- check here (that the entry was old enough, anchored, and that the removal is recorded on the trail)
-- verification checks from the checkpoint. The time is the service's, as every entry's is.
create function prune_audit_trail(through_seq bigint, pruned_at timestamptz, retention text) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    last_removed public.audit_entry%rowtype;
begin
    select * into last_removed from public.audit_entry where seq = through_seq;
    if not found then
        raise exception 'there is no audit entry %', through_seq;
    end if;
    insert into public.audit_checkpoint (seq, hash, recorded_at, pruned_at, retention)
        values (last_removed.seq, last_removed.hash, last_removed.recorded_at, pruned_at, retention);
    perform set_config('counterpart.audit_pruned_through', through_seq::text, true);
    delete from public.audit_entry where seq <= through_seq;
    perform set_config('counterpart.audit_pruned_through', '', true);
end $$;

revoke all on function prune_audit_trail(bigint, timestamptz, text) from public;
grant execute on function prune_audit_trail(bigint, timestamptz, text) to ${serviceRole};
