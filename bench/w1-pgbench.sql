-- W1's baseline (bench/run.sh): the comparable INSERT, one per transaction, into a copy of the registration table
-- with all its indexes; the values are the size and kind of what one registration stores (encrypted ID number and
-- phone as base64 text, keyed hashes as hex, a unique idempotency key).
\set cp random(1, 82)
insert into bench_registration (checkpoint_id, jurisdiction_id, direction, id_type, id_number_enc, id_number_hash,
    name, phone_enc, origin_class, origin_place, destination_jurisdiction_id, travel_mode, temperature, health_code,
    outcome, source, crossed_at, recorded_at, late_entry, recorded_by, idempotency_key, request_hash)
values (:cp, 424, 'IN', 'RESIDENT_ID', encode(sha512(random()::text::bytea), 'base64'), md5(random()::text) || md5(random()::text),
    '张三', encode(sha384(random()::text::bytea), 'base64'), 'LOCAL', '哈尔滨市', 430, 'CAR', 36.5, 'GREEN',
    'PASSED', 'CREW', now(), now(), false, 'crew', gen_random_uuid()::text, md5(random()::text) || md5(random()::text));
