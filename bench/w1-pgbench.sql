-- W1 baseline: one INSERT of a registration-like row per transaction (table bench_registration,
-- made by bench/w1-pgbench-setup.sql), synchronous commit, as pgbench runs it:
--   pgbench -h 127.0.0.1 -U fangkong -n -c 32 -j 2 -T 20 -f bench/w1-pgbench.sql fangkong_w1
\set n random(1, 2000000000)
insert into bench_registration (checkpoint_id, jurisdiction_id, direction, id_type, id_number_enc, id_number_hash,
    name, phone_enc, origin_class, origin_place, destination_jurisdiction_id, travel_mode, temperature, health_code,
    outcome, source, crossed_at, recorded_at, late_entry, recorded_by, idempotency_key, request_hash)
values (1, 2, 'IN', 'RESIDENT_ID', 'v1:' || md5(:n::text) || md5(:n::text), md5(:n::text) || md5(:n::text), '压测旅客',
    'v1:' || md5(:n::text), 'OTHER_PROVINCE', 'w1:pgbench', 3, 'TRAIN', 36.6, 'GREEN', 'PASSED', 'CREW', now(), now(),
    false, 'crew', md5(random()::text) || md5(:n::text), md5(:n::text) || md5(:n::text));
