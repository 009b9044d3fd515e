-- Autosave is a draft, not history (issue 14, rank 9): while a unit types, one row per part holds what is on
-- screen, over the version it started from; a version and an audit entry are made only on an explicit save,
-- on submit, and when the office or the signer saves.
create table section_draft (
    report_id     bigint       not null references report (id),
    section_code  varchar(64)  not null,
    unit_id       bigint       not null references unit (id),
    base_version  int          not null,
    items         jsonb        not null,
    updated_by    varchar(64)  not null,
    updated_at    timestamptz  not null default now(),
    primary key (report_id, section_code, unit_id)
);
