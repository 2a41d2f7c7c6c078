-- Shared by every service through flyway location db/platform; versions 0.x are reserved for it so
-- they never collide with a service's own migrations (1 and up).

-- Events written in the same transaction as the state change they report; the relay publishes them.
create table outbox_message (
    id           bigserial    primary key,
    event_id     varchar(64)  not null,
    topic        varchar(249) not null,
    message_key  varchar(64)  not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    unique (topic, event_id)
);
create index outbox_message_unpublished on outbox_message (id) where published_at is null;

-- Ids of events a consumer has already applied, checked in the transaction of the effect.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(64)  not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
