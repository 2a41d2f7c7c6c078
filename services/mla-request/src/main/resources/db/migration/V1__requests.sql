-- A request as this country sees it: OUTGOING when this country asks, INCOMING when it is asked.
create table mla_request (
    id                    uuid         primary key,
    direction             varchar(8)   not null check (direction in ('OUTGOING', 'INCOMING')),
    status                varchar(32)  not null,
    requesting_country    char(2)      not null,
    requested_country     char(2)      not null,
    requester_reference   varchar(64)  not null,
    counterpart_reference varchar(64),
    assistance_type       varchar(40)  not null,
    legal_basis           varchar(20)  not null,
    offence               text         not null,
    summary_of_facts      text         not null,
    urgency               varchar(10)  not null,
    correlation_id        uuid         not null,
    routing_problem       text,
    created_by            varchar(200) not null,
    created_at            timestamptz  not null,
    transmitted_at        timestamptz,
    acknowledged_at       timestamptz,
    version               bigint       not null default 0
);
create index mla_request_direction_status on mla_request (direction, status);

-- Sequence behind this country's own reference numbers (TH-2026-000001).
create sequence request_reference_seq;

-- Who moved a request to which state and when: the audit trail central authorities are asked for.
create table request_history (
    id          bigserial    primary key,
    request_id  uuid         not null references mla_request (id),
    status      varchar(32)  not null,
    actor       varchar(200) not null,
    occurred_at timestamptz  not null
);
create index request_history_request on request_history (request_id, id);
