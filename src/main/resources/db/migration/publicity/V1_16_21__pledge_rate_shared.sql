-- Issue #18: the pledge's limit per client is counted in the shared table client_rate (scope 'pledge') with the other
-- public forms'; its own table goes (its rows lived a minute).
drop table pledge_rate;
