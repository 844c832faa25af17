-- PostgreSQL only (issue #18 item 1): any statement that writes jurisdiction_node, the application's or one typed by
-- hand, bumps the tree's generation in its transaction, so that every node rereads the tree once it commits. H2 has
-- no PL/pgSQL; there the jurisdiction module's own bump (NodeTree.changed) is the only one, which suffices for the
-- single node an embedded database serves.
create function jurisdiction_tree_changed() returns trigger
    language plpgsql as
$$
begin
    update jurisdiction_tree set generation = generation + 1 where id = 1;
    return null;
end;
$$;

create trigger jurisdiction_node_changed
    after insert or update or delete or truncate on jurisdiction_node
    for each statement execute function jurisdiction_tree_changed();
