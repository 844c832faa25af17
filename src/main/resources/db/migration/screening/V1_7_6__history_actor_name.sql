-- Issue #8 item 8: a history line shows who acted by their display name, stored with the line when it is written
-- (screening does not read the identity module). Lines written before keep a null name and show the username.
alter table screening_history add column actor_name varchar(100);
-- The same for who made a daily check.
alter table daily_check add column checked_by_name varchar(100);
