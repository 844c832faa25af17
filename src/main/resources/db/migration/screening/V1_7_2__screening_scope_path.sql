-- Issue #7 item 6, SECURITY.md AC1: a screening carries the materialised path of its grid (jurisdiction_node.path,
-- as /1/4/17/; nodes never move), so that "inside this jurisdiction" is one indexed prefix match
-- (grid_path like '/1/4/%') instead of a list of every id below the node. A screening whose grid is unknown gets '/',
-- which no scope matches.
alter table screening add column grid_path varchar(400);
update screening set grid_path = coalesce((select n.path from jurisdiction_node n where n.id = screening.grid_id), '/');
alter table screening alter column grid_path set not null;
create index screening_grid_path on screening (grid_path);

-- R-SCR-2 ledger: an index for every sort (with the id that breaks ties, for keyset paging) and every filter.
-- The scope and status filters of the follow-ups of the day share screening_status_path.
drop index screening_grid_status;
drop index screening_arrival;
create index screening_created on screening (created_at, id);
create index screening_arrival on screening (arrival_date, id);
create index screening_measure_end on screening (measure_end, id);
create index screening_status_path on screening (status, grid_path);
create index screening_origin on screening (origin_class, id);
create index screening_measure on screening (measure, id);
create index person_name on person (name, id);
