-- PostgreSQL only (issue #7 item 6): the subtree of a node is a prefix match on its materialised path
-- (path like '/1/4/%'); outside the C collation that needs the pattern operator class to use an index.
create index jurisdiction_node_path_pattern on jurisdiction_node (path varchar_pattern_ops);
