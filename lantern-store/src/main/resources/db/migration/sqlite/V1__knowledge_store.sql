-- Lantern knowledge store, SQLite dialect. Timestamps are UTC text with nine fractional digits
-- (2024-02-06T10:00:00.000000000Z), so text order is time order on both dialects.

-- One row per object: the facts of its latest version, used for filtering and joins.
CREATE TABLE stix_object (
  pk            INTEGER PRIMARY KEY,
  id            TEXT    NOT NULL UNIQUE,
  type          TEXT    NOT NULL,
  modified      TEXT,
  revoked       INTEGER NOT NULL,
  lang          TEXT,
  name          TEXT,
  version_count INTEGER NOT NULL
);
CREATE INDEX stix_object_type_modified ON stix_object (type, modified);

-- Every version ever stored, as written by StixJson.
CREATE TABLE stix_version (
  id       TEXT    NOT NULL REFERENCES stix_object (id),
  seq      INTEGER NOT NULL,
  modified TEXT,
  revoked  INTEGER NOT NULL,
  json     TEXT    NOT NULL,
  PRIMARY KEY (id, seq)
);

-- Correlation index: normalised value -> object. Never pairwise.
CREATE TABLE value_index (
  value     TEXT NOT NULL,
  object_id TEXT NOT NULL REFERENCES stix_object (id),
  source    TEXT NOT NULL,
  PRIMARY KEY (value, object_id, source)
);
CREATE INDEX value_index_object ON value_index (object_id);

-- Every *_ref / *_refs of the latest version (object_refs of reports, relationship ends, ...).
-- to_id has no foreign key: references may point at objects the store does not hold (yet).
CREATE TABLE object_ref (
  from_id   TEXT NOT NULL REFERENCES stix_object (id),
  from_type TEXT NOT NULL,
  property  TEXT NOT NULL,
  to_id     TEXT NOT NULL,
  PRIMARY KEY (from_id, property, to_id)
);
CREATE INDEX object_ref_to ON object_ref (to_id, from_type);

CREATE TABLE object_marking (
  object_id  TEXT NOT NULL REFERENCES stix_object (id),
  marking_id TEXT NOT NULL,
  PRIMARY KEY (object_id, marking_id)
);
CREATE INDEX object_marking_marking ON object_marking (marking_id);

CREATE TABLE alias_link (
  link_id    INTEGER PRIMARY KEY AUTOINCREMENT,
  left_id    TEXT NOT NULL REFERENCES stix_object (id),
  right_id   TEXT NOT NULL REFERENCES stix_object (id),
  source     TEXT NOT NULL,
  evidence   TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (left_id, right_id, source)
);
CREATE INDEX alias_link_right ON alias_link (right_id);

-- Full text of the latest version; rowid = stix_object.pk.
CREATE VIRTUAL TABLE search_fts USING fts5 (name, body, tokenize = 'unicode61');
