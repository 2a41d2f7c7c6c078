-- When the prosecutor submitted a request to the own central authority: the region times how long a
-- country takes to transmit what its prosecutors submit.
alter table mla_request add column submitted_at timestamptz;
