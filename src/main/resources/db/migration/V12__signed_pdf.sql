-- The issued document also as a signed PDF (issue 16): kept next to the .docx, each with its SHA-256,
-- so that anyone holding either file can find it in the register.
alter table issued_document
    add column pdf_file_name varchar(255),
    add column pdf_sha256    char(64),
    add column pdf_content   bytea;
create index issued_document_sha256 on issued_document (sha256);
create index issued_document_pdf_sha256 on issued_document (pdf_sha256);
