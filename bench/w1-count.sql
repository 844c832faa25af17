-- W1: the rows one wrk run of bench/w1.lua stored, and duplicates. The stored idempotency key is a
-- keyed hash of the client's key (issue #9 item 8), so a run is found by its tag in origin_place.
--   psql -h 127.0.0.1 -U fangkong -d fangkong_w1 -v run=r1 -f bench/w1-count.sql
-- Expect: rows = status201 of the W1RESULT line, duplicate_ids = 0, duplicate_keys = 0.
select count(*)                                 as rows,
       count(*) - count(distinct id_number_hash) as duplicate_ids,
       count(*) - count(distinct idempotency_key) as duplicate_keys
from registration
where origin_place = 'w1:' || :'run';
-- The event backlog (Spring Modulith's registry): publications not yet completed.
select count(*) as backlog from event_publication where completion_date is null;
