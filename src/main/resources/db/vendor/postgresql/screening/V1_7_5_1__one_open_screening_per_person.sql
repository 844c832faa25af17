-- PostgreSQL only (issue #8 item 1): at most one open screening per person, after V1_7_5 has merged the duplicates.
-- The arrival intake locks the person row, so two arrivals of one person at once queue; this index is the last
-- guard. H2 has no partial indexes: there the lock alone keeps the rule.
create unique index screening_one_open_per_person on screening (person_id)
where status in ('UNDER_MEASURE', 'NO_MEASURE');
