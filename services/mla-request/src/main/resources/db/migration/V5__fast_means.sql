-- An urgent request sent ahead by fast means (telephone, e-mail, INTERPOL) must be confirmed in writing,
-- i.e. transmitted formally, by a deadline.
alter table mla_request add column fast_means_channel varchar(20);
alter table mla_request add column fast_means_sent_at timestamptz;
alter table mla_request add column written_confirmation_due timestamptz;
create index mla_request_confirmation_due on mla_request (written_confirmation_due)
    where written_confirmation_due is not null and transmitted_at is null;
