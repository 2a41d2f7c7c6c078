-- The treaty content of a request as one document: it is drafted, checked and sent as a whole.
alter table mla_request add column content jsonb;
