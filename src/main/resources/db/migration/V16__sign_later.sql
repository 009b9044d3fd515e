-- Issue 16: "issue unsigned, sign later". Per organisation: when signing fails at issue time, either the
-- approval is refused before any number (sign_later false, the default) or the document is issued unsigned and
-- flagged for the signer to sign later. Per document: whether its PDF is signed or waits ("chờ ký số") and why.
create table signing_policy (
    organisation_id bigint primary key references organisation (id),
    sign_later      boolean     not null,
    changed_by      varchar(64) not null,
    changed_at      timestamptz not null default now()
);
alter table issued_document
    add column signing_state   varchar(16) check (signing_state in ('SIGNED', 'PENDING')),
    add column signing_failure varchar(1000);
