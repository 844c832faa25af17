-- Issue #10 item 7: the figures of a jurisdiction count the crossings at its checkpoints in a time window through an
-- index, never by reading the whole table.
create index registration_jurisdiction_time on registration (jurisdiction_id, crossed_at);
