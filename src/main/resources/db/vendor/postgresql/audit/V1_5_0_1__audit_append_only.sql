-- PostgreSQL only (SECURITY.md AL3, issue #9): the audit trail is append-only for everyone, the table's owner
-- included. An UPDATE or DELETE of an audit row is refused by the database, whatever role the application runs as;
-- the application role of ops/postgresql/app-role.sql has no UPDATE or DELETE grant on it either.
create function audit_entry_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
