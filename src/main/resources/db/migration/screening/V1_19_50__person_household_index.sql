-- The members of a household (contact tracing's SAME_HOUSEHOLD, issue #13): found through this index instead of a
-- scan of every person (at 1M persons, bench/run.sh's city, a scan per case).
create index person_household on person (household_id);
