-- PKCS#12 keystores for signing (issue 16): one per organisation (owner_username null: the organisation's
-- certificate, in place of the seal) and one per signer. The password is encrypted with AES-GCM under a key
-- from the environment (APP_SIGNING_KEY); it is never stored or logged in clear.
create table signing_keystore (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint       not null references organisation (id),
    owner_username      varchar(64),
    pkcs12              bytea        not null,
    password_encrypted  bytea        not null,
    subject             varchar(500) not null,
    issuer              varchar(500) not null,
    not_before          timestamptz  not null,
    not_after           timestamptz  not null,
    installed_by        varchar(64)  not null,
    installed_at        timestamptz  not null default now()
);
create unique index signing_keystore_owner on signing_keystore (organisation_id, coalesce(owner_username, ''));
