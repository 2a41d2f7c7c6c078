-- An unroutable request is held at the hub (the message as it arrived) until the regional desk assigns
-- it to a contact point; the assignment and its reason are part of the routing record.
alter table routing_record add column held_message text;
alter table routing_record add column assigned_by varchar(200);
alter table routing_record add column assignment_reason text;
alter table routing_record add column assigned_at timestamptz;
