-- Deadlines, reminders and notifications; who signs a report on whose behalf.

alter table app_user add column email varchar(255);

-- STANDING_COMMITTEE: "T/M BAN THƯỜNG VỤ"; COMMITTEE: "T/M ĐẢNG ỦY".
alter table report add column signing_authority varchar(24) not null default 'STANDING_COMMITTEE'
    check (signing_authority in ('STANDING_COMMITTEE', 'COMMITTEE'));

-- In-app notifications, one row per recipient user (a unit's notice is copied to each of its users,
-- so each reads it on their own); unit_id names the unit the notice is about.
create table notification (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    user_id         bigint       not null references app_user (id),
    unit_id         bigint       references unit (id),
    report_id       bigint       references report (id),
    kind            varchar(24)  not null,          -- REMINDER, OVERDUE, DEADLINE_CHANGED, REASSIGNED ...
    text            text         not null,
    created_at      timestamptz  not null default now(),
    read_at         timestamptz
);
create index notification_user on notification (user_id, created_at desc);
