-- Issue #10 (W3): the roll-up of crossings also per node and everything below it, so that the figures of a township
-- or the whole city read that node's own rows (one per hour: 336 for a 14-day trend) instead of adding up the rows of
-- every checkpoint below it (27,000 for the city's 14 days). Filled by RegistrationRollup from registration_hour.
create table registration_hour_node (
    node_id        bigint  not null,
    hour_no        bigint  not null,
    crossings_in   integer not null,
    crossings_out  integer not null,
    vehicles_in    integer not null,
    vehicles_out   integer not null,
    fevers         integer not null,
    turned_back    integer not null,
    primary key (node_id, hour_no)
);

-- Each node that holds crossings with itself and every node above it (from its materialised path; nodes never move).
create table registration_node_ancestor (
    node_id      bigint not null,
    ancestor_id  bigint not null,
    primary key (node_id, ancestor_id)
);
