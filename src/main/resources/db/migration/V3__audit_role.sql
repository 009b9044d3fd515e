-- The application's database role: it owns nothing, may read and append audit entries, and may never
-- UPDATE, DELETE or TRUNCATE them. The role is created without LOGIN and without a password: production
-- gives it (or a login role that is a member of it) a password outside the migrations (docs/audit.md).
-- Every statement is guarded, so the migration runs as the embedded superuser, when the role already
-- exists, and as a migration user that may not create roles.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'baocao_app') then
        create role baocao_app nologin;
    end if;
exception when insufficient_privilege then
    raise notice 'role baocao_app not created: the migration user may not create roles';
end;
$$;

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'baocao_app') then
        raise notice 'role baocao_app does not exist: grants skipped';
        return;
    end if;
    execute format('grant usage on schema %I to baocao_app', current_schema());
    -- every table and sequence the migration user creates from now on (later migrations, Camunda's
    -- tables when they are created by the same user) is usable, not owned, by the application
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables '
                   || 'to baocao_app', current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to baocao_app',
                   current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to baocao_app',
                   current_schema());
    execute format('grant usage, select on all sequences in schema %I to baocao_app', current_schema());
    -- the audit trail: read and append only
    revoke all on audit_entry from baocao_app;
    revoke update, delete, truncate on audit_entry from public;
    grant select, insert on audit_entry to baocao_app;
    -- the chain head moves forward with each entry; it is never deleted
    revoke all on audit_chain_head from baocao_app;
    grant select, insert, update on audit_chain_head to baocao_app;
end;
$$;

-- The trigger of V1 stays the second line of defence (it also stops the table's owner, unless the owner
-- disables it, which leaves the hash chain to tell).
comment on table audit_entry is 'Append-only: baocao_app has SELECT and INSERT only; trigger audit_entry_no_update';
