-- Files of a request. Uploaded ones live in this country's store; received ones are fetched through
-- the hub and kept only if they match the manifest's size and SHA-256.
create table attachment (
    id             uuid         primary key,
    request_id     uuid         not null references mla_request (id),
    message_id     uuid         references thread_message (id),
    origin         varchar(10)  not null,
    state          varchar(20)  not null,
    filename       varchar(255) not null,
    media_type     varchar(127) not null,
    size_bytes     bigint       not null check (size_bytes >= 0),
    sha256         char(64)     not null,
    added_by       varchar(200) not null,
    added_at       timestamptz  not null,
    fetch_attempts integer      not null default 0,
    problem        text
);
create index attachment_request on attachment (request_id, added_at);
create index attachment_message on attachment (message_id);
create index attachment_awaiting on attachment (added_at) where state = 'AWAITING_FETCH';
