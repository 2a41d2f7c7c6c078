-- The directory publishes each country's public sealing keys, by version, each with the country's
-- endorsement (a JWS by its signing key). Senders check the endorsement themselves before sealing.
create table sealing_key (
    country      varchar(2)   not null,
    version      integer      not null,
    public_jwk   text         not null,
    endorsement  text         not null,
    published_at timestamptz  not null,
    published_by varchar(200) not null,
    primary key (country, version)
);
