-- The request list's order, newest first with ties by id, read a page at a time after a cursor.
create index mla_request_list_order on mla_request (created_at desc, id desc);
