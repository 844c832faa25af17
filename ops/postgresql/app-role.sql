-- The application's own database role (SECURITY.md PR1, AL3; issue #9): least privilege, independent of the
-- migrations. Run it as the owner of the schema (the role Flyway migrates with) after every release's migrations:
--
--   psql -v app_user=fangkong_app -v app_password='…' -d fangkong -f ops/postgresql/app-role.sql
--
-- The role owns nothing: it cannot create, alter or drop tables, and it only reads and appends the audit trail.
-- Flyway keeps running as the owner (spring.flyway.user / spring.flyway.password); the application connects as
-- this role (spring.datasource.username / spring.datasource.password). See docs/operations.md.
select set_config('fangkong.app_user', :'app_user', false), set_config('fangkong.app_password', :'app_password', false);

do $$
declare
    app text := current_setting('fangkong.app_user');
    secret text := current_setting('fangkong.app_password');
    tbl record;
begin
    if not exists (select from pg_roles where rolname = app) then
        execute format('create role %I login password %L', app, secret);
    else
        execute format('alter role %I login nosuperuser nocreatedb nocreaterole password %L', app, secret);
    end if;
    execute 'revoke create on schema public from public';
    execute format('grant usage on schema public to %I', app);
    execute format('revoke all on all tables in schema public from %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    -- the audit trail: read and append only (a trigger refuses changes as well, db/vendor/postgresql/audit)
    execute format('revoke update, delete, truncate on audit_entry from %I', app);
    -- the migration histories belong to Flyway alone
    for tbl in select tablename from pg_tables where schemaname = 'public' and tablename like 'flyway_schema_history%'
    loop
        execute format('revoke insert, update, delete, truncate on %I from %I', tbl.tablename, app);
    end loop;
end
$$;
