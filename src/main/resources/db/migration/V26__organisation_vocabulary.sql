-- Issue 13 (item 6): the words an organisation uses for its units, office and leadership, the default signature
-- authority and the positions its signers may hold. No row: a Party committee's words, so existing organisations
-- keep every text and document unchanged until their administrator sets them (docs/decisions/0020).
create table organisation_vocabulary (
    organisation_id    bigint       primary key references organisation (id),
    kind               varchar(24)  not null check (kind in ('PARTY_COMMITTEE', 'PEOPLES_COMMITTEE')),
    unit_word          varchar(64)  not null,
    office_name        varchar(128) not null,
    leadership_name    varchar(128) not null,
    signing_authority  varchar(128) not null,
    positions          text         not null,   -- one per line, in the order offered
    changed_at         timestamptz  not null
);
