-- Transport layer: every message this country sent, and the evidence of its journey (kept apart from
-- the business status of the request).
create table sent_message (
    message_id        varchar(64)  primary key,
    request_id        uuid         not null references mla_request (id),
    message_type      varchar(100) not null,
    recipient_country char(2)      not null,
    sent_at           timestamptz  not null,
    relayed_at        timestamptz,
    delivered_at      timestamptz,
    retrieved_at      timestamptz,
    late_since        timestamptz,
    failure           varchar(20),
    failure_reason    text,
    failed_at         timestamptz
);
create index sent_message_request on sent_message (request_id, sent_at);
-- The transport watch looks only at messages still waiting for their retrieval receipt.
create index sent_message_waiting on sent_message (sent_at) where retrieved_at is null;

-- The correspondence thread between the two authorities of a request.
create table thread_message (
    id             uuid         primary key,
    request_id     uuid         not null references mla_request (id),
    direction      varchar(10)  not null,
    kind           varchar(20)  not null,
    in_reply_to    uuid,
    author_name    varchar(200) not null,
    author_role    varchar(40)  not null,
    author_country char(2)      not null,
    body           text         not null,
    posted_at      timestamptz  not null,
    read_at        timestamptz,
    read_by        varchar(200)
);
create index thread_message_request on thread_message (request_id, posted_at);
