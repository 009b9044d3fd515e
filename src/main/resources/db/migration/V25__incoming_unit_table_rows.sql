-- The rows of the tables the sender's units filled (a row per project, per dossier), as issued: the superior's
-- aggregate lists them by organisation. Documents received before this column hold none.
alter table incoming_document add column table_rows jsonb not null default '{}'::jsonb;

-- What arrived never changes, its table rows included: only the return (by the receiver) may be written, once.
create or replace function incoming_document_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE'
       or new.content is distinct from old.content or new.sha256 is distinct from old.sha256
       or new.figures is distinct from old.figures or new.symbol is distinct from old.symbol
       or new.table_rows is distinct from old.table_rows
       or new.sender_id is distinct from old.sender_id or new.report_id is distinct from old.report_id
       or new.version is distinct from old.version or old.returned_at is not null then
        raise exception 'incoming_document is read-only';
    end if;
    return new;
end;
$$;
