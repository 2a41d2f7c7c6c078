-- Need to know: besides the prosecutor who drafted it (mla_request.created_by) and the central
-- authority, a request's content is for the people the central authority assigns to it.
create table request_assignment (
    request_id  uuid not null references mla_request (id),
    person      text not null,
    assigned_by text not null,
    assigned_at timestamptz not null,
    primary key (request_id, person)
);

create index request_assignment_person on request_assignment (person);
