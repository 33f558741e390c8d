-- When each version entered this store (TAXII date_added), as a TimeKey. Unique and increasing in
-- insertion order, so "everything added after X" pages without gaps or repeats. Versions stored
-- before this migration get distinct microsecond steps from the migration time.
ALTER TABLE stix_version ADD COLUMN added TEXT;
UPDATE stix_version v SET added =
  to_char(date_trunc('second', now() AT TIME ZONE 'UTC') + r.n * INTERVAL '1 microsecond',
          'YYYY-MM-DD"T"HH24:MI:SS.US') || '000Z'
FROM (SELECT id, seq, row_number() OVER (ORDER BY id, seq) AS n FROM stix_version) r
WHERE r.id = v.id AND r.seq = v.seq;
CREATE UNIQUE INDEX stix_version_added ON stix_version (added);
