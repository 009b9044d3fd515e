-- Issue 15: the database refuses values the application does not know, the audit trail names only reports
-- that exist, and the admin's audit search has an index for each of its filters (organisation first: every
-- query of the product names its organisation).
-- The allowed values are those of the Java enums (ReportStatus, UnitStatus, PeriodKind, AuditAction,
-- NotificationKind; the comment stages REVIEW and APPROVAL); ConstraintsIT fails when an enum and its
-- constraint part.

alter table report add constraint report_status_known
    check (status in ('COLLECTING', 'CONSOLIDATING', 'AWAITING_APPROVAL', 'ISSUED', 'CANCELLED'));
alter table report add constraint report_period_kind_known
    check (period_kind in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'ADHOC'));
alter table report_unit add constraint report_unit_status_known
    check (status in ('NOT_STARTED', 'DRAFTING', 'SUBMITTED', 'RETURNED', 'ACCEPTED'));
alter table report_comment add constraint report_comment_stage_known
    check (stage in ('REVIEW', 'APPROVAL'));
alter table notification add constraint notification_kind_known
    check (kind in ('REMINDER', 'OVERDUE', 'RETURNED', 'DEADLINE_CHANGED', 'REASSIGNED', 'INCIDENT'));

-- audit_entry is append-only: a row that breaks a new rule can be neither corrected nor removed without
-- breaking the hash chain. Both rules therefore hold for every new row at once (NOT VALID), and are
-- validated against the existing rows only where those rows satisfy them; otherwise they stay NOT VALID,
-- with a notice, and still guard every insert.
alter table audit_entry add constraint audit_entry_action_known
    check (action in ('LOGIN', 'LOGIN_FAILED', 'REPORT_OPENED', 'SECTION_SAVED', 'SUBMITTED', 'RETURNED',
                      'ACCEPTED', 'FORWARDED', 'APPROVED', 'RETURNED_BY_SIGNER', 'ISSUED', 'CANCELLED',
                      'REMINDED', 'OVERDUE', 'DEADLINE_CHANGED', 'REASSIGNED', 'TEMPLATE_UPLOADED',
                      'USER_CHANGED', 'UNIT_CHANGED', 'REGISTER_CHANGED', 'ATTACHMENT_ADDED',
                      'ATTACHMENT_REMOVED', 'JOB_RETRIED')) not valid;
-- Deleting a report is not a feature: a report with entries cannot be deleted (no cascade, no set null).
alter table audit_entry add constraint audit_entry_report_fk
    foreign key (report_id) references report (id) not valid;

do $$
begin
    begin
        alter table audit_entry validate constraint audit_entry_action_known;
    exception when check_violation then
        raise notice 'audit_entry_action_known left NOT VALID: older entries hold other actions';
    end;
    begin
        alter table audit_entry validate constraint audit_entry_report_fk;
    exception when foreign_key_violation then
        raise notice 'audit_entry_report_fk left NOT VALID: older entries name reports that no longer exist';
    end;
end;
$$;

-- The admin's search (AuditLog.search): newest first by seq, filtered by actor, unit, action or a date range.
create index audit_entry_org_actor on audit_entry (organisation_id, actor, seq);
create index audit_entry_org_unit on audit_entry (organisation_id, unit_code, seq);
create index audit_entry_org_action on audit_entry (organisation_id, action, seq);
create index audit_entry_org_at on audit_entry (organisation_id, at);
-- A report's timeline and the progress board read (organisation_id, report_id) in seq order.
create index audit_entry_org_report on audit_entry (organisation_id, report_id, seq);
drop index audit_entry_report;

-- The register of an organisation, newest first, by year or date range (IssuedDocuments.list).
create index issued_document_org_issued on issued_document (organisation_id, issued_on);

-- The engine's history level "baocao" (id 15, operations.LeanHistory, decision 0010). On a database the engine
-- has already filled (levels 0–3 stored), the stored level moves with the configuration, or the engine refuses
-- to start on a mismatch; a new database gets it from the engine itself (Flyway runs before it).
do $$
begin
    if to_regclass('act_ge_property') is not null then
        update act_ge_property set value_ = '15' where name_ = 'historyLevel';
    end if;
end;
$$;
