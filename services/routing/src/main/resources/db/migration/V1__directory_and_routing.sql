-- Contact points of the regional directory. A central authority handles every formal measure, so
-- measures is null for it; other roles list what they support.
create table contact_point (
    id            varchar(40)  primary key,
    country       char(2)      not null,
    authority     text         not null,
    role          varchar(32)  not null,
    languages     text         not null,
    channel       varchar(40)  not null,
    measures      text,
    owner         text         not null,
    last_verified date,
    active        boolean      not null default true,
    directory_version varchar(40) not null
);
create index contact_point_country on contact_point (country) where active;

-- One per request: where the hub sent it and why, or why it could not.
create table routing_record (
    request_id         uuid         primary key,
    correlation_id     uuid         not null,
    requesting_country char(2)      not null,
    requested_country  char(2)      not null,
    assistance_type    varchar(40)  not null,
    outcome            varchar(16)  not null check (outcome in ('ROUTED', 'UNROUTABLE')),
    contact_point_id   varchar(40)  references contact_point (id),
    decision_path      text         not null,
    reason             text,
    directory_version  varchar(40)  not null,
    decided_at         timestamptz  not null
);
create index routing_record_outcome on routing_record (outcome, decided_at);
