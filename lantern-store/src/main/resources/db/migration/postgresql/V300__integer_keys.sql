-- Child tables refer to their object by stix_object.pk instead of by its text id. New objects get
-- increasing pks, so versions, correlation values, references and markings of a new batch are
-- appended at the end of their B-trees instead of being scattered through them by random UUIDs;
-- foreign-key checks use the primary key; every index row is about 40 bytes smaller.

ALTER TABLE stix_version ADD COLUMN object_pk BIGINT;
UPDATE stix_version v SET object_pk = o.pk FROM stix_object o WHERE o.id = v.id;
ALTER TABLE stix_version DROP CONSTRAINT stix_version_pkey;
ALTER TABLE stix_version DROP COLUMN id;
ALTER TABLE stix_version ALTER COLUMN object_pk SET NOT NULL;
ALTER TABLE stix_version ALTER COLUMN added SET NOT NULL;
ALTER TABLE stix_version ADD PRIMARY KEY (object_pk, seq);
ALTER TABLE stix_version ADD FOREIGN KEY (object_pk) REFERENCES stix_object (pk);

ALTER TABLE value_index ADD COLUMN object_pk BIGINT;
UPDATE value_index v SET object_pk = o.pk FROM stix_object o WHERE o.id = v.object_id;
ALTER TABLE value_index DROP CONSTRAINT value_index_pkey;
DROP INDEX value_index_object;
ALTER TABLE value_index DROP COLUMN object_id;
ALTER TABLE value_index ALTER COLUMN object_pk SET NOT NULL;
ALTER TABLE value_index ADD PRIMARY KEY (value, object_pk, source);
ALTER TABLE value_index ADD FOREIGN KEY (object_pk) REFERENCES stix_object (pk);
CREATE INDEX value_index_object ON value_index (object_pk);

ALTER TABLE object_ref ADD COLUMN from_pk BIGINT;
UPDATE object_ref r SET from_pk = o.pk FROM stix_object o WHERE o.id = r.from_id;
ALTER TABLE object_ref DROP CONSTRAINT object_ref_pkey;
ALTER TABLE object_ref DROP COLUMN from_id;
ALTER TABLE object_ref ALTER COLUMN from_pk SET NOT NULL;
ALTER TABLE object_ref ADD PRIMARY KEY (from_pk, property, to_id);
ALTER TABLE object_ref ADD FOREIGN KEY (from_pk) REFERENCES stix_object (pk);

ALTER TABLE object_marking ADD COLUMN object_pk BIGINT;
UPDATE object_marking m SET object_pk = o.pk FROM stix_object o WHERE o.id = m.object_id;
ALTER TABLE object_marking DROP CONSTRAINT object_marking_pkey;
ALTER TABLE object_marking DROP COLUMN object_id;
ALTER TABLE object_marking ALTER COLUMN object_pk SET NOT NULL;
ALTER TABLE object_marking ADD PRIMARY KEY (object_pk, marking_id);
ALTER TABLE object_marking ADD FOREIGN KEY (object_pk) REFERENCES stix_object (pk);
