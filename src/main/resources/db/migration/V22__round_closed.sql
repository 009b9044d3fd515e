-- The superior's office may close a round: it stops waiting for the children that have not sent their report.
alter table round add column closed_at timestamptz;
alter table round add column closed_by varchar(64);
alter table round add column close_reason text;
