-- The directory publishes every service's public signing keys, each version with the endorsement by
-- the version before it. Publishing makes a key known; each receiver decides whether to trust it.
create table published_key (
    signer       varchar(16)  not null,
    version      integer      not null,
    public_jwk   text         not null,
    endorsement  text,
    published_at timestamptz  not null,
    published_by varchar(200) not null,
    primary key (signer, version)
);
