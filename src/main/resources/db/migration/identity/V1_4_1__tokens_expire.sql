-- SECURITY.md AU5 (issue #9): every personal access token expires. Tokens made without an end get the default
-- life of 90 days from their creation (already past for old ones: they stop working), and the column is required.
update access_token set expires_at = created_at + interval '90' day where expires_at is null;
alter table access_token alter column expires_at set not null;
