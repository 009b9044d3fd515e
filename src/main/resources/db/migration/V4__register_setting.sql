-- Register (sổ văn bản đi) settings per organisation, issuer and document type: from which date the
-- current register runs (the start of the committee's term) and its first number, so that a commune that
-- starts using the system mid-term continues its paper register. Without a row the register runs from
-- organisation.term_start and starts at 1.
create table register_setting (
    organisation_id bigint       not null references organisation (id),
    issuer_code     varchar(16)  not null,
    document_type   varchar(16)  not null,
    term_start      date         not null,
    first_number    int          not null check (first_number >= 1),
    updated_by      varchar(64)  not null,
    updated_at      timestamptz  not null default now(),
    primary key (organisation_id, issuer_code, document_type)
);

create index issued_document_org_date on issued_document (organisation_id, issued_on);
