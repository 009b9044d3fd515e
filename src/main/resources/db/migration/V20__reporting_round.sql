-- The reporting round (issue 12): a superior organisation asks its child organisations for a report and
-- receives their issued documents in its register of incoming documents (Văn bản đến).
create table round (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint       not null references organisation (id),   -- the superior
    template_id         bigint       not null references report_template (id),
    template_key        varchar(64)  not null,
    period_kind         varchar(16)  not null,
    period_year         int          not null,
    period_number       int          not null,
    title               varchar(500) not null,
    basis               text         not null,
    basis_number        varchar(64)  not null,                                 -- 202-CV/UBKTTU
    deadline            timestamptz  not null,
    process_instance_id varchar(64),
    superior_report_id  bigint       references report (id),
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null
);
create index round_org on round (organisation_id, id);

-- One line per child organisation; the template copy and the report live in the child's own organisation.
create table round_child (
    round_id        bigint       not null references round (id),
    organisation_id bigint       not null references organisation (id),
    template_id     bigint       references report_template (id),
    report_id       bigint       references report (id),
    status          varchar(16)  not null check (status in ('REQUESTED', 'OPENED', 'RETURNED', 'ISSUED')),
    reminded_at     timestamptz,
    escalated_at    timestamptz,
    primary key (round_id, organisation_id)
);
create index round_child_org on round_child (organisation_id, status);
create index round_child_report on round_child (report_id);

-- The superior's register of incoming documents: its own copy of the bytes, checked on receipt.
create table incoming_document (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint       not null references organisation (id),    -- the receiver
    round_id           bigint       not null references round (id),
    sender_id          bigint       not null references organisation (id),
    report_id          bigint       not null references report (id),          -- the sender's report
    issued_document_id bigint       not null references issued_document (id),
    version            int          not null,
    replaces_id        bigint       references incoming_document (id),
    symbol             varchar(64)  not null,
    issued_on          date         not null,
    received_at        timestamptz  not null,
    sha256             char(64)     not null,
    file_name          varchar(255) not null,
    content            bytea        not null,
    figures            jsonb        not null,
    returned_at        timestamptz,
    returned_by        varchar(64),
    return_comment     text,
    unique (round_id, sender_id, version),
    unique (organisation_id, issued_document_id)
);
create index incoming_document_org on incoming_document (organisation_id, received_at);

-- What arrived never changes: only the return (by the receiver) may be written, once.
create function incoming_document_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE'
       or new.content is distinct from old.content or new.sha256 is distinct from old.sha256
       or new.figures is distinct from old.figures or new.symbol is distinct from old.symbol
       or new.sender_id is distinct from old.sender_id or new.report_id is distinct from old.report_id
       or new.version is distinct from old.version or old.returned_at is not null then
        raise exception 'incoming_document is read-only';
    end if;
    return new;
end;
$$;
create trigger incoming_document_read_only before update or delete on incoming_document
    for each row execute function incoming_document_immutable();

-- A template published by a superior is read-only in the child's library.
alter table report_template add column published_by bigint references organisation (id);
