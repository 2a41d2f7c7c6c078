-- The requests under way, found by their status: the worklist and the open-only list ask for the few
-- statuses still under way, which this index answers without passing over the years of ended requests.
-- Direction and kind make it cover the metrics' count by status, direction and kind (an index-only scan
-- instead of reading every row every refresh).
create index mla_request_status on mla_request (status, direction, kind);
