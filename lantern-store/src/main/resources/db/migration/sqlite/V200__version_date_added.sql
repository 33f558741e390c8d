-- When each version entered this store (TAXII date_added), as a TimeKey. Unique and increasing in
-- insertion order, so "everything added after X" pages without gaps or repeats. Versions stored
-- before this migration get distinct microsecond steps from the migration time, in rowid order.
ALTER TABLE stix_version ADD COLUMN added TEXT;
UPDATE stix_version SET added =
  strftime('%Y-%m-%dT%H:%M:%S', 'now', '+' || (rowid / 1000000) || ' seconds')
  || '.' || printf('%06d', rowid % 1000000) || '000Z';
CREATE UNIQUE INDEX stix_version_added ON stix_version (added);
