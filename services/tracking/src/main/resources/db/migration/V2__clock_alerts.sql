-- Warnings and breaches of the hub's clocks, one of each level per clock of a request (metadata only).
create table clock_alert (
    request_id         uuid        not null,
    requesting_country char(2)     not null,
    requested_country  char(2)     not null,
    clock              varchar(20) not null,
    level              varchar(10) not null,
    occurred_at        timestamptz not null,
    primary key (request_id, clock, level)
);
create index clock_alert_pair on clock_alert (requesting_country, requested_country);
