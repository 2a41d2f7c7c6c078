-- When each milestone of a request happened: metadata only, no personal data, no case content.
create table request_timeline (
    request_id         uuid        primary key,
    requesting_country char(2)     not null,
    requested_country  char(2)     not null,
    transmitted_at     timestamptz,
    routed_at          timestamptz,
    unroutable_at      timestamptz,
    acknowledged_at    timestamptz
);
create index request_timeline_pair on request_timeline (requesting_country, requested_country);
