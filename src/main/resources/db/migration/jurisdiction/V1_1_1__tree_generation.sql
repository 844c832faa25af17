-- Issue #18 item 1: every node behind the load balancer holds the jurisdiction tree in memory (NodeTree) and checks
-- before each use that it is current. max(id) told a new node only; this one-row counter changes with every change
-- of the tree (a node added, renamed, given a cadre or coordinates), bumped by the jurisdiction module in the
-- changing transaction and, on PostgreSQL, by a trigger on any write to jurisdiction_node (V1_1_1_1).
create table jurisdiction_tree (
    id          integer primary key,
    generation  bigint  not null
);
insert into jurisdiction_tree (id, generation) values (1, 0);
