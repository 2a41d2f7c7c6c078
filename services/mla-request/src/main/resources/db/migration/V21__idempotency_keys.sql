-- A creating call's Idempotency-Key, claimed in the transaction that creates, so a client retrying
-- after a timeout gets what its first call made. Kept for counterpart.idempotency.retention.
create table idempotency_key (
    owner       varchar(255) not null,
    key         varchar(255) not null,
    fingerprint varchar(64)  not null,
    resource_id uuid,
    created_at  timestamptz  not null,
    primary key (owner, key)
);
create index idempotency_key_created on idempotency_key (created_at);
