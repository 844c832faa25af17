-- Issue #19, PERFORMANCE.md W4: the ledger at 1M persons. The ledger orders by its sort column, then by id descending
-- (LedgerSort). A plain (column, id) index serves the descending sorts read backwards, but not "column ascending, id
-- descending": ascending sorts by a date sorted whole days (thousands of rows each) in memory. These indexes hold that
-- order, and put the filters the ledger offers in front of the sort they are most used with, so that a selective
-- filter (status, origin class) walks only its own rows in the order of the page instead of filtering the whole
-- table in sort order (an origin class by arrival date, newest first, read 150,000 rows without an arrival first:
-- 3.3 s; the isolated persons under a measure by planned end: 0.9 s).
create index screening_arrival_up on screening (arrival_date, id desc);
create index screening_measure_end_up on screening (measure_end, id desc);
create index screening_status_id on screening (status, id);
create index screening_status_id_up on screening (status, id desc);
create index screening_status_end_up on screening (status, measure_end, id desc);
create index screening_status_end on screening (status, measure_end, id);
create index screening_origin_arrival on screening (origin_class, arrival_date, id);
create index screening_origin_arrival_up on screening (origin_class, arrival_date, id desc);
