-- SECURITY.md PR2 (issue #9 item 10): when a person's observation ended longer ago than the retention period, the
-- retention job (screening/Retention) removes what identifies them and marks the row.
alter table person add column anonymised_at timestamp with time zone;
