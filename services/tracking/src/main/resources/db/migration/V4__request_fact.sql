-- One row per request with everything the region's figures are cut by and timed from: codes, counts
-- and instants only, never a name or a fact of the case. It replaces request_timeline (whose columns it
-- keeps); the figures of requests transmitted before the profile travelled need a rebuild to gain it.
create table request_fact (
    request_id          uuid        primary key,
    requesting_country  char(2)     not null,
    requested_country   char(2)     not null,
    kind                varchar(30),
    measure             varchar(40),
    legal_basis         varchar(30),
    urgency             varchar(10),
    exploitation_forms  jsonb       not null default '[]',
    victim_count        integer,
    submitted_at        timestamptz,
    transmitted_at      timestamptz,
    routed_at           timestamptz,
    unroutable_at       timestamptz,
    retrieved_at        timestamptz,
    acknowledged_at     timestamptz,
    decided_at          timestamptz,
    decision            varchar(30),
    executed_at         timestamptz,
    finalised_at        timestamptz,
    outcome             varchar(20),
    closed_at           timestamptz,
    status              varchar(30),
    status_at           timestamptz,
    -- Time the requester owed information (information asked for, returned as deficient): in total,
    -- since when it is owed now, and as it stood when the request was decided, executed and closed.
    paused_seconds      bigint      not null default 0,
    paused_since        timestamptz,
    decided_paused      bigint,
    executed_paused     bigint,
    closed_paused       bigint,
    info_requests       integer     not null default 0,
    deficient_returns   integer     not null default 0,
    contact_point       varchar(100),
    forwarded_at        timestamptz,
    misrouted_from      varchar(100),
    refusal_grounds     jsonb       not null default '[]',
    breaches            jsonb       not null default '[]'
);

insert into request_fact (request_id, requesting_country, requested_country, transmitted_at, routed_at, unroutable_at,
                          acknowledged_at, forwarded_at)
select request_id, requesting_country, requested_country, transmitted_at, routed_at, unroutable_at, acknowledged_at,
       forwarded_at
from request_timeline;
drop table request_timeline;

-- The dashboards cut by period and pair first; the rest filters what those leave.
create index request_fact_transmitted on request_fact (transmitted_at, requesting_country, requested_country);
create index request_fact_retrieved on request_fact (retrieved_at, requested_country, requesting_country);
create index request_fact_finalised on request_fact (finalised_at);
create index request_fact_pair on request_fact (requesting_country, requested_country, transmitted_at);
create index request_fact_open on request_fact (transmitted_at) where finalised_at is null;
