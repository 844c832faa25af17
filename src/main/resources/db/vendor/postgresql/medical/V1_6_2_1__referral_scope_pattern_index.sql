-- PostgreSQL only (issue #7 item 6): the scope prefix match (scope_path like '/1/4/%') needs the pattern operator
-- class to use an index outside the C collation.
create index referral_scope_pattern on referral (scope_path varchar_pattern_ops);
