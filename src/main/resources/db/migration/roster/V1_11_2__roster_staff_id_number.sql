-- An optional ID number of a person of the pool (issue #11 item 2): encrypted, with the keyed lookup hash the
-- screening module holds too (so a person under a measure is unavailable automatically) and its masked form.
alter table roster_staff add column id_number_enc varchar(300);
alter table roster_staff add column id_number_hash varchar(100);
alter table roster_staff add column id_number_masked varchar(30);
create index roster_staff_id_hash on roster_staff (id_number_hash);
