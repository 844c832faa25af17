-- PostgreSQL only (issue #7 item 6): outside the C collation a plain b-tree index does not serve a prefix LIKE, so the
-- scope filter (grid_path like '/1/4/%') gets an index with the pattern operator class. H2 has no operator classes;
-- its plain index in db/migration/screening serves the prefix match there.
create index screening_grid_path_pattern on screening (grid_path varchar_pattern_ops);
create index screening_status_path_pattern on screening (status, grid_path varchar_pattern_ops);
