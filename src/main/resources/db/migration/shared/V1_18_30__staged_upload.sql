-- Issue #18 item 1, SECURITY.md UP3: a file uploaded for a dry run waits here for the user's "write these rows", so
-- that the commit may reach any node behind the load balancer (it waited in one node's temporary folder before).
-- StagedUploads removes a row once committed or refused, and rows older than an hour whenever a file is staged.
-- Files are at most spring.servlet.multipart.max-file-size (10 MB).
create table staged_upload (
    token      varchar(36) primary key,
    content    bytea       not null,
    staged_at  timestamp with time zone not null
);
create index staged_upload_staged_at on staged_upload (staged_at);
