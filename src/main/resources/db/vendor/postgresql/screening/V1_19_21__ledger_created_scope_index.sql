-- PostgreSQL only (issue #19, PERFORMANCE.md W4): a page of the ledger by number in its default order (newest first)
-- skips the rows before it in this index alone, with the scope and merge columns carried in it (an index-only scan:
-- the 10,000 rows before page 200 in 3 ms instead of 0.25-0.4 s of heap reads at 1M screenings). LedgerQuery reads
-- such a page's ids first and then only its rows. H2 has no INCLUDE; its screening_created serves the order there.
create index screening_created_scope on screening (created_at, id) include (grid_path, merged_into);
