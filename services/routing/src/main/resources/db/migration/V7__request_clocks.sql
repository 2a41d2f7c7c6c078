-- What the clocks need to know of a request: its legal basis (targets differ by instrument) and its own
-- wanted-by date.
alter table routing_record add column legal_basis varchar(30);
alter table routing_record add column wanted_by date;

-- The acknowledgement, decision and execution clocks and the wanted-by date of each request. Deadlines
-- are stored, not held in memory, so a restart of the hub loses none; paused time is added on resume.
create table request_clock (
    request_id   uuid         not null references routing_record (request_id),
    clock        varchar(20)  not null,
    state        varchar(10)  not null check (state in ('RUNNING', 'PAUSED', 'STOPPED')),
    target_seconds bigint     not null,
    started_at   timestamptz  not null,
    paused_at    timestamptz,
    warn_at      timestamptz  not null,
    due_at       timestamptz  not null,
    warned_at    timestamptz,
    breached_at  timestamptz,
    stopped_at   timestamptz,
    primary key (request_id, clock)
);
create index request_clock_running on request_clock (warn_at, due_at) where state = 'RUNNING';
