-- The hub's clock warnings and breaches about a request, as both sides see them.
create table request_clock_alert (
    request_id     uuid        not null references mla_request (id),
    clock          varchar(20) not null,
    level          varchar(10) not null,
    target_seconds bigint      not null,
    due_at         timestamptz not null,
    occurred_at    timestamptz not null,
    primary key (request_id, clock, level)
);
