-- Issue #10 item 7: closed hours of crossings, pre-aggregated per hour, checkpoint and node, so that the dashboard and
-- the daily reports never scan the registrations of past hours. hour_no is the hour since the epoch (UTC), so that an
-- hour means the same on every database and in every zone. Filled by RegistrationRollup, a scheduled job; nothing on
-- the write path of a registration touches these tables (no counter row that every crossing would update).
create table registration_hour (
    jurisdiction_id  bigint  not null,
    hour_no          bigint  not null,
    checkpoint_id    bigint  not null,
    crossings_in     integer not null,
    crossings_out    integer not null,
    vehicles_in      integer not null,
    vehicles_out     integer not null,
    fevers           integer not null,
    turned_back      integer not null,
    primary key (jurisdiction_id, hour_no, checkpoint_id)
);

-- How far the roll-up reaches: registration_hour holds exactly the registrations that crossed before rolled_until
-- and were recorded before recorded_until. One row, written only by the job.
create table registration_rollup (
    id              integer not null primary key,
    rolled_until    timestamp with time zone not null,
    recorded_until  timestamp with time zone not null
);

-- The job finds what was recorded since its last run (late entries of closed hours included) through this index.
create index registration_recorded on registration (recorded_at);
