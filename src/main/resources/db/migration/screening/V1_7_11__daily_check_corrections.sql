-- Issue #9 item 7 (RE2): a second reading for the same day and slot is kept as a correction
-- beside the first, never overwriting it. seq counts the readings of a slot from 0; the
-- current reading is the one not superseded; recorded_at is when a reading was entered.
alter table daily_check add column seq integer default 0 not null;
alter table daily_check add column corrects_check_id bigint;
alter table daily_check add column superseded_by bigint;
alter table daily_check add column recorded_at timestamp with time zone;
alter table daily_check add constraint daily_check_corrects foreign key (corrects_check_id) references daily_check (id);
alter table daily_check add constraint daily_check_superseded foreign key (superseded_by) references daily_check (id);
alter table daily_check drop constraint daily_check_slot;
alter table daily_check add constraint daily_check_slot_seq unique (screening_id, check_date, slot, seq);
