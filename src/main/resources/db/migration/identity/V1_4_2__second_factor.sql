-- SECURITY.md AU6 (issue #9): a second factor (TOTP) per account. The shared secret is encrypted like the personal
-- identifiers (PR1); totp_last_step keeps a code from being used twice.
alter table user_account add column totp_secret varchar(200);
alter table user_account add column totp_enabled boolean not null default false;
alter table user_account add column totp_last_step bigint not null default 0;
