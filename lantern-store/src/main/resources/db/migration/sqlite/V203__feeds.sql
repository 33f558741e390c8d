-- RSS/Atom feeds polled by `lantern feed poll`, and the entries already ingested from each, so a
-- poll ingests only what is new. Versioned V100 to stay clear of the core schema's numbers.
CREATE TABLE feed (
  feed_id        INTEGER PRIMARY KEY AUTOINCREMENT,
  url            TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  added_at       TEXT NOT NULL,
  last_polled_at TEXT
);

CREATE TABLE feed_entry (
  feed_id     INTEGER NOT NULL REFERENCES feed (feed_id),
  entry_key   TEXT    NOT NULL,
  link        TEXT,
  report_id   TEXT,
  ingested_at TEXT    NOT NULL,
  PRIMARY KEY (feed_id, entry_key)
);
