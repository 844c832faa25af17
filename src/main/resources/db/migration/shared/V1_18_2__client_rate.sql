-- Issue #18: the public forms' limits per client (ClientRateLimit: the pledge, a traveller's own registration), kept
-- in the database so that every application node counts the same client against the same limit, and a restart
-- forgets nothing. One row per form and client: a hash of its address, when its window began and how many attempts
-- it made in it. Rows of windows long over are deleted as new ones start.
create table client_rate (
    scope        varchar(32) not null,
    client_key   varchar(64) not null,
    window_start timestamp with time zone not null,
    attempts     integer not null,
    constraint client_rate_pk primary key (scope, client_key)
);
create index client_rate_window on client_rate (scope, window_start);
