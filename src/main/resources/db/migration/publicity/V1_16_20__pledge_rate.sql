-- The pledge's rate limit per client (issue #16 item 4), kept in the database so that every application node counts
-- the same client against the same limit, and a restart forgets nothing. One row per client: a hash of its address,
-- when its minute began and how many pledges it sent in it. Rows of minutes long over are deleted as new ones start.
create table pledge_rate (
    client_key   varchar(64) primary key,
    window_start timestamp with time zone not null,
    attempts     integer not null
);
create index pledge_rate_window on pledge_rate (window_start);
