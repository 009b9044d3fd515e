-- Attachments (phụ lục) of a unit's part of a section. Rows are never deleted: removing one sets `deleted`,
-- so the history of what was attached stays with the report.
create table attachment (
    id              bigint generated always as identity primary key,
    report_id       bigint       not null references report (id),
    section_code    varchar(64)  not null,
    unit_id         bigint       not null references unit (id),
    file_name       varchar(255) not null,
    content_type    varchar(128) not null,
    size            bigint       not null,
    sha256          char(64)     not null,
    content         bytea        not null,
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamptz  not null default now(),
    deleted         boolean      not null default false,
    deleted_by      varchar(64),
    deleted_at      timestamptz
);
create index attachment_part on attachment (report_id, section_code, unit_id) where not deleted;

-- "Đã xử lý": the decisions a unit took, newest first, without scanning the organisation's whole trail.
create index audit_entry_unit_decisions on audit_entry (organisation_id, unit_code, seq)
    where action in ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'FORWARDED', 'APPROVED', 'RETURNED_BY_SIGNER');
