-- Core tables of the application. Camunda keeps its own ACT_* tables in the same database.
-- Every row belongs to an organisation (a commune Party committee); its code is also the Camunda tenant id.

create table organisation (
    id              bigint generated always as identity primary key,
    code            varchar(64)  not null unique,
    name            varchar(255) not null,          -- ĐẢNG ỦY XÃ XUÂN HƯNG
    superior_name   varchar(255) not null,          -- ĐẢNG BỘ TỈNH NINH BÌNH
    place_name      varchar(128) not null,          -- Xuân Hưng (place-date line)
    issuer_code     varchar(16)  not null,          -- ĐU (number symbol)
    short_name      varchar(255) not null,          -- Đảng ủy xã Xuân Hưng (closing sentence)
    term_start      date         not null,          -- start of the current term (nhiệm kỳ) of the committee
    created_at      timestamptz  not null default now()
);

create table unit (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    code            varchar(64)  not null,
    name            varchar(255) not null,
    kind            varchar(16)  not null check (kind in ('CHI_BO', 'OFFICE', 'LEADERSHIP')),
    active          boolean      not null default true,
    unique (organisation_id, code)
);

create table app_user (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    username        varchar(64)  not null unique,
    password_hash   varchar(255) not null,
    full_name       varchar(255) not null,
    unit_id         bigint       not null references unit (id),
    roles           varchar(255) not null,          -- comma separated: UNIT, OFFICE, LEADERSHIP, ADMIN
    position        varchar(64),                    -- BÍ THƯ, PHÓ BÍ THƯ (signature title)
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now()
);

create table report_template (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    template_key    varchar(64)  not null,
    version         int          not null,
    title           varchar(500) not null,
    source          text         not null,          -- the document as uploaded (YAML or JSON)
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null default now(),
    unique (organisation_id, template_key, version)
);

create table report (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint       not null references organisation (id),
    template_id         bigint       not null references report_template (id),
    period_kind         varchar(16)  not null,
    period_year         int          not null,
    period_number       int          not null,
    title               varchar(500) not null,
    basis               text         not null,
    deadline            timestamptz  not null,
    status              varchar(24)  not null,
    recipients          jsonb        not null,
    signer_id           bigint       not null references app_user (id),
    office_unit_id      bigint       not null references unit (id),
    process_instance_id varchar(64),
    cancel_reason       text,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
create index report_org_status on report (organisation_id, status);
create index report_process on report (process_instance_id);

-- Which unit fills which role of the template (role:<key>), and who takes part in `each` sections.
create table report_unit (
    report_id       bigint       not null references report (id),
    unit_id         bigint       not null references unit (id),
    status          varchar(16)  not null,
    due_at          timestamptz  not null,
    overdue         boolean      not null default false,
    reminded_at     timestamptz,
    submitted_by    varchar(64),
    submitted_at    timestamptz,
    primary key (report_id, unit_id)
);
create index report_unit_unit on report_unit (unit_id);

create table report_role (
    report_id       bigint       not null references report (id),
    role_key        varchar(64)  not null,
    unit_id         bigint       not null references unit (id),
    primary key (report_id, role_key)
);

-- Every saved version of every section is kept; the current one is the highest version.
create table section_version (
    id              bigint generated always as identity primary key,
    report_id       bigint       not null references report (id),
    section_code    varchar(64)  not null,
    unit_id         bigint       not null references unit (id),   -- whose part this is
    version         int          not null,
    items           jsonb        not null,
    content_hash    char(64)     not null,
    saved_by        varchar(64)  not null,
    saved_by_unit   varchar(64)  not null,
    saved_at        timestamptz  not null default now(),
    unique (report_id, section_code, unit_id, version)
);

-- Comments of a return (by the office to a unit, by the signer to the office).
create table report_comment (
    id              bigint generated always as identity primary key,
    report_id       bigint       not null references report (id),
    unit_id         bigint       references unit (id),             -- the unit returned to; null = the draft
    stage           varchar(16)  not null,                         -- REVIEW, APPROVAL
    author          varchar(64)  not null,
    body            text         not null,
    created_at      timestamptz  not null default now()
);
create index report_comment_report on report_comment (report_id);

-- The register (sổ văn bản đi): one counter per issuer, document type and term.
create table register (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    issuer_code     varchar(16)  not null,
    document_type   varchar(16)  not null,
    term_start      date         not null,
    next_number     int          not null,
    unique (organisation_id, issuer_code, document_type, term_start)
);

create table issued_document (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    register_id     bigint       not null references register (id),
    number          int          not null,
    symbol          varchar(64)  not null,          -- 47-BC/ĐU
    report_id       bigint       not null unique references report (id),
    title           varchar(500) not null,
    issued_on       date         not null,
    issued_at       timestamptz  not null default now(),
    file_name       varchar(255) not null,
    sha256          char(64)     not null,
    content         bytea        not null,
    unique (register_id, number)
);

-- Append-only audit trail, one hash chain per organisation.
create table audit_entry (
    seq             bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    at              timestamptz  not null,
    actor           varchar(64)  not null,
    unit_code       varchar(64),
    client_address  varchar(64),
    action          varchar(32)  not null,
    target          varchar(255) not null,
    report_id       bigint,
    detail          text,
    content_hash    char(64),
    prev_hash       char(64)     not null,
    hash            char(64)     not null
);
create index audit_entry_report on audit_entry (report_id, seq);
create index audit_entry_org on audit_entry (organisation_id, seq);

create table audit_chain_head (
    organisation_id bigint       primary key references organisation (id),
    last_seq        bigint       not null,
    last_hash       char(64)     not null
);

create function audit_entry_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_immutable();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_immutable();
