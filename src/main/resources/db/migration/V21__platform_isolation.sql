-- Issue 12: the platform operator, and isolation the database itself keeps.

-- Who runs the installation: creates, edits and deactivates organisations. Not a user of any organisation,
-- so no organisation's data is theirs to read (docs/decisions/0014-platform-operator.md).
create table platform_operator (
    id              bigint generated always as identity primary key,
    username        varchar(64)  not null unique,
    password_hash   varchar(255) not null,
    full_name       varchar(255) not null,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now()
);

-- A row that refers to a unit, a user, a template or a report refers to one of its own organisation: the
-- foreign keys include organisation_id, so a report's signer, office, template, units and roles cannot come from
-- another organisation, whatever the code does.
alter table unit add constraint unit_org_key unique (id, organisation_id);
alter table app_user add constraint app_user_org_key unique (id, organisation_id);
alter table report_template add constraint report_template_org_key unique (id, organisation_id);
alter table report add constraint report_org_key unique (id, organisation_id);
alter table register add constraint register_org_key unique (id, organisation_id);

alter table app_user
    add constraint app_user_unit_same_org foreign key (unit_id, organisation_id) references unit (id, organisation_id);
alter table report
    add constraint report_signer_same_org foreign key (signer_id, organisation_id)
        references app_user (id, organisation_id),
    add constraint report_office_same_org foreign key (office_unit_id, organisation_id)
        references unit (id, organisation_id),
    add constraint report_template_same_org foreign key (template_id, organisation_id)
        references report_template (id, organisation_id);
alter table issued_document
    add constraint issued_document_report_same_org foreign key (report_id, organisation_id)
        references report (id, organisation_id),
    add constraint issued_document_register_same_org foreign key (register_id, organisation_id)
        references register (id, organisation_id);

-- The report's units and roles carry the report's organisation (filled from the report on insert), so the unit
-- they name must be of that organisation too.
alter table report_unit add column organisation_id bigint;
alter table report_role add column organisation_id bigint;
update report_unit ru set organisation_id = r.organisation_id from report r where r.id = ru.report_id;
update report_role rr set organisation_id = r.organisation_id from report r where r.id = rr.report_id;
alter table report_unit alter column organisation_id set not null;
alter table report_role alter column organisation_id set not null;

create function report_part_organisation() returns trigger language plpgsql as $$
begin
    if new.organisation_id is null then
        select organisation_id into new.organisation_id from report where id = new.report_id;
    end if;
    return new;
end;
$$;
create trigger report_unit_organisation before insert on report_unit
    for each row execute function report_part_organisation();
create trigger report_role_organisation before insert on report_role
    for each row execute function report_part_organisation();

alter table report_unit
    add constraint report_unit_report_same_org foreign key (report_id, organisation_id)
        references report (id, organisation_id),
    add constraint report_unit_unit_same_org foreign key (unit_id, organisation_id)
        references unit (id, organisation_id);
alter table report_role
    add constraint report_role_report_same_org foreign key (report_id, organisation_id)
        references report (id, organisation_id),
    add constraint report_role_unit_same_org foreign key (unit_id, organisation_id)
        references unit (id, organisation_id);
