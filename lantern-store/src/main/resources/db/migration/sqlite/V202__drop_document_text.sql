-- The document text moved into the report object itself (its description holds the full text as
-- ingest extracted it), so the separate copy kept by V201 is gone.
DROP TABLE IF EXISTS document_text;
