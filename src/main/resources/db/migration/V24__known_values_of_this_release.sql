-- The audit actions and notification kinds added by the features of this release (reporting rounds, signing,
-- platform): the check constraints of V14 follow the enums again, validated as V14 did (the trail is append-only).
alter table audit_entry drop constraint audit_entry_action_known;
alter table audit_entry add constraint audit_entry_action_known
    check (action in ('LOGIN', 'LOGIN_FAILED', 'REPORT_OPENED', 'SECTION_SAVED', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'FORWARDED', 'APPROVED', 'RETURNED_BY_SIGNER', 'ISSUED', 'CANCELLED', 'REMINDED', 'OVERDUE', 'DEADLINE_CHANGED', 'REASSIGNED', 'TEMPLATE_UPLOADED', 'USER_CHANGED', 'UNIT_CHANGED', 'REGISTER_CHANGED', 'ATTACHMENT_ADDED', 'ATTACHMENT_REMOVED', 'JOB_RETRIED', 'ROUND_SENT', 'DOCUMENT_RECEIVED', 'DOCUMENT_RETURNED', 'SIGNED', 'ROUND_CLOSED')) not valid;
do $$
begin
    alter table audit_entry validate constraint audit_entry_action_known;
exception when check_violation then
    raise notice 'audit_entry_action_known left NOT VALID: older entries hold other actions';
end;
$$;
alter table notification drop constraint notification_kind_known;
alter table notification add constraint notification_kind_known
    check (kind in ('REMINDER', 'OVERDUE', 'RETURNED', 'DEADLINE_CHANGED', 'REASSIGNED', 'INCIDENT', 'REQUEST'));
