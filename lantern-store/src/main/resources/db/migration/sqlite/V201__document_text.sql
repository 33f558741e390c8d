-- The text of a document behind a report, as extracted, so that evidence offsets can be shown in
-- context (the web UI highlights entities, indicators and claims in it). One text per report id;
-- a new edition replaces it.
CREATE TABLE document_text (
  report_id TEXT NOT NULL PRIMARY KEY,
  text      TEXT NOT NULL
);
