-- The figures are computed in tracking's memory over a copy of request_fact that each instance brings
-- up to date before it answers: it reads the rows changed by transactions its last read could not have
-- seen. changed_in is the transaction that last wrote the row; a rebuild empties the table, which a
-- copy cannot see in changed rows, so it moves the generation on and every copy reloads.
alter table request_fact add column changed_in xid8 not null default pg_current_xact_id();

create function request_fact_changed() returns trigger language plpgsql as $$
begin
    new.changed_in := pg_current_xact_id();
    return new;
end $$;

create trigger request_fact_changed before update on request_fact
    for each row execute function request_fact_changed();

create index request_fact_changed_in on request_fact (changed_in);

create table figures_generation (generation bigint not null);
insert into figures_generation values (0);
