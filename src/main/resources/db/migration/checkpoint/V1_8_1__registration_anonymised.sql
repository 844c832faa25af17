-- SECURITY.md PR2 (issue #9 item 10): crossings older than the retention period lose what identifies the traveller
-- (checkpoint/RegistrationRetention); the counts, times, temperatures and outcomes stay for the statistics.
alter table registration add column anonymised_at timestamp with time zone;
alter table self_registration add column anonymised_at timestamp with time zone;
