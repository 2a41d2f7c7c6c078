-- Every country message the hub relayed, so it can issue the delivery receipt once the message is on
-- the recipient's topic.
create table relayed_message (
    message_id     varchar(64)  primary key,
    request_id     uuid         not null,
    message_type   varchar(100) not null,
    sender_country char(2)      not null,
    correlation_id uuid         not null,
    relayed_at     timestamptz  not null,
    delivered_at   timestamptz
);
