-- When the counterpart forwarded a request to the competent authority: the hub had sent it to the wrong one.
alter table request_timeline add column forwarded_at timestamptz;
