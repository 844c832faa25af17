-- Issue #8 item 7, SECURITY.md PR1: the ledger finds a person by the last 4 or 6 characters of the ID number or by
-- the phone without decrypting every row. Keyed hashes (HMAC-SHA256 with the lookup key, a purpose prefix per kind)
-- beside the encrypted columns; existing rows are filled in at startup by PersonSearchBackfill (idempotent: it only
-- touches rows whose hash is still missing).
alter table person add column id_tail4_hash varchar(64);
alter table person add column id_tail6_hash varchar(64);
alter table person add column phone_hash varchar(64);
