-- The heads of the countries' audit trails, as each country signed them: the hub keeps what it was
-- given, so a country that rewrote its trail up to an anchored entry can no longer match it.
create table audit_anchor (
    country     text not null,
    seq         bigint not null,
    hash        text not null,
    anchored_at timestamptz not null,
    statement   text not null,
    signature   text not null,
    received_at timestamptz not null,
    primary key (country, seq)
);
