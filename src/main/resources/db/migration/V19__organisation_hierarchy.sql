-- One installation for a province: organisations form a hierarchy (the province's Party committee and its
-- bodies above, the communes below), can be deactivated (read-only, nothing deleted) and choose their format
-- profile (party-36 or state-30; a template may override it). Without a value the installation's default
-- profile (app.format-profile) applies, so existing organisations keep their documents unchanged.
alter table organisation
    add column parent_id      bigint references organisation (id),
    add column active         boolean     not null default true,
    add column format_profile varchar(32),
    add constraint organisation_not_own_parent check (parent_id is null or parent_id <> id);

create index organisation_parent on organisation (parent_id);
