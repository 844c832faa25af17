-- Issue #18: a roster being solved shows its progress, and can be stopped, from every application node, not only from
-- the one whose solver runs it: that node writes the progress here (at most once a second) and looks here every
-- second for a stop asked through another node. The row goes when the solving ends.
create table roster_progress (
    roster_id        bigint primary key,
    node             varchar(255) not null,
    score            varchar(64) not null,
    problems_done    integer not null,
    problems         integer not null,
    problems_planned integer not null,
    started_at       timestamp with time zone not null,
    stop_requested   boolean not null default false
);
