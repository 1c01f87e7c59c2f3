CREATE TABLE parcel (id bigint PRIMARY KEY, weight integer NOT NULL, note text);
INSERT INTO parcel VALUES (1, 5, 'fragile');
-- Not in the YAML: PostgreSQL will not drop the column while this view reads it.
CREATE VIEW parcel_note AS SELECT id, note FROM parcel;
