-- Preferences of a person of the pool (issue #11 item 4, a soft rule): no night shifts, days of the week off
-- (ISO names, comma-separated).
alter table roster_staff add column no_nights boolean not null default false;
alter table roster_staff add column days_off varchar(80);
