-- The table of the pgbench baseline: registration's columns and indexes (unique key, two indexes), no FK.
drop table if exists bench_registration;
create table bench_registration (like registration including defaults including identity);
alter table bench_registration add primary key (id);
alter table bench_registration add unique (idempotency_key);
create index on bench_registration (checkpoint_id, crossed_at);
create index on bench_registration (id_number_hash, crossed_at);
