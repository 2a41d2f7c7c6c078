-- Which dead letters an operator has put back on their origin topic, by whom and when.
create table dead_letter_replay (
    letter_partition integer      not null,
    letter_offset    bigint       not null,
    origin_topic     varchar(249) not null,
    replayed_by      varchar(200) not null,
    replayed_at      timestamptz  not null,
    primary key (letter_partition, letter_offset)
);
