-- Every read and write of case data, one row each, chained: each row's hash covers the row and the
-- previous row's hash, so changing, removing or reordering a row breaks the chain from there on.
create table audit_entry (
    seq           bigint primary key,
    recorded_at   timestamptz not null,
    actor         text not null,
    roles         text[] not null,
    action        text not null,
    request_id    uuid,
    target        text,
    client        text,
    address       text,
    outcome       text not null,
    status        integer not null,
    previous_hash bytea not null,
    hash          bytea not null unique
);

create index audit_entry_request on audit_entry (request_id, seq);

-- Append-only for the service: it connects as its own role, which may add and read rows, never change
-- or remove them. The trigger holds the owner to the same (it would have to disable it first, which
-- the chain then shows).
revoke update, delete, truncate on audit_entry from ${serviceRole};

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_changes_to_evidence();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function refuse_changes_to_evidence();
