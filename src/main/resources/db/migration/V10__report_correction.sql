-- One report per template, period and organisation, unless the office opens a correction with a reason;
-- the correction names the report it replaces (issue 14, rank 1).
alter table report add column replaces_report_id bigint references report (id);
alter table report add column correction_reason text;
create index report_period on report (organisation_id, period_kind, period_year, period_number);
