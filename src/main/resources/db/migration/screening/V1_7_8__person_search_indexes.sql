-- Issue #8 item 7: one index per search hash (equality lookups), the full ID hash has person_identity already.
create index person_id_tail4 on person (id_tail4_hash);
create index person_id_tail6 on person (id_tail6_hash);
create index person_phone on person (phone_hash);
