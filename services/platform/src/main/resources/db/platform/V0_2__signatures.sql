-- Every message is published with its writer's signature (a detached JWS over the stored bytes); a
-- relayed message keeps its original writer's signature and carries the hub's delivery stamp beside it.
alter table outbox_message add column signature text;
alter table outbox_message add column contact_point varchar(100);

-- The public keys this service accepts signatures from, and how it came to trust each (or stopped).
create table trusted_key (
    signer      varchar(16)  not null,
    version     integer      not null,
    public_jwk  text         not null,
    status      varchar(16)  not null,
    source      varchar(16)  not null,
    recorded_at timestamptz  not null,
    changed_by  varchar(200),
    changed_at  timestamptz,
    primary key (signer, version)
);
