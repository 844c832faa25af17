-- Issue #8 item 1: a person has at most one open screening (under a measure or screened with no measure). Duplicates
-- opened before the fix (a second crossing of the same person became a second screening) are merged: the oldest open
-- screening of the person is kept; the crossings, daily checks, responsibility overrides and history lines of the
-- others move to it (a daily check or override whose day and slot, or level, the kept screening already has stays
-- with its duplicate); each duplicate is closed, marked as merged into the kept one, and both get a history line.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL; does nothing when there is no duplicate.
create table screening_merge_map (
    duplicate_id  bigint not null primary key,
    keeper_id     bigint not null
);

insert into screening_merge_map (duplicate_id, keeper_id)
select s.id, k.keeper_id
from screening s
join (select person_id, min(id) as keeper_id
      from screening
      where status in ('UNDER_MEASURE', 'NO_MEASURE') and merged_into is null
      group by person_id) k on k.person_id = s.person_id
where s.status in ('UNDER_MEASURE', 'NO_MEASURE') and s.merged_into is null and s.id <> k.keeper_id;

update screening_crossing
set screening_id = (select m.keeper_id from screening_merge_map m where m.duplicate_id = screening_crossing.screening_id)
where screening_id in (select duplicate_id from screening_merge_map);

update daily_check
set screening_id = (select m.keeper_id from screening_merge_map m where m.duplicate_id = daily_check.screening_id)
where screening_id in (select duplicate_id from screening_merge_map)
  and not exists (select 1 from daily_check k, screening_merge_map m
                  where m.duplicate_id = daily_check.screening_id and k.screening_id = m.keeper_id
                    and k.check_date = daily_check.check_date and k.slot = daily_check.slot);

update screening_responsible
set screening_id = (select m.keeper_id from screening_merge_map m where m.duplicate_id = screening_responsible.screening_id)
where screening_id in (select duplicate_id from screening_merge_map)
  and not exists (select 1 from screening_responsible k, screening_merge_map m
                  where m.duplicate_id = screening_responsible.screening_id and k.screening_id = m.keeper_id
                    and k.level = screening_responsible.level);

update screening_history
set screening_id = (select m.keeper_id from screening_merge_map m where m.duplicate_id = screening_history.screening_id)
where screening_id in (select duplicate_id from screening_merge_map);

insert into screening_history (screening_id, occurred_at, actor, action, from_status, to_status, detail)
select m.keeper_id, current_timestamp, 'system', 'MERGED', s.status, s.status,
       concat('screening ', cast(m.duplicate_id as varchar(20)), ' -> ', cast(m.keeper_id as varchar(20)))
from screening_merge_map m join screening s on s.id = m.keeper_id;

insert into screening_history (screening_id, occurred_at, actor, action, from_status, to_status, detail)
select m.duplicate_id, current_timestamp, 'system', 'MERGED', s.status, 'CLOSED',
       concat('screening ', cast(m.duplicate_id as varchar(20)), ' -> ', cast(m.keeper_id as varchar(20)))
from screening_merge_map m join screening s on s.id = m.duplicate_id;

update screening
set status = 'CLOSED',
    merged_into = (select m.keeper_id from screening_merge_map m where m.duplicate_id = screening.id)
where id in (select duplicate_id from screening_merge_map);

drop table screening_merge_map;
