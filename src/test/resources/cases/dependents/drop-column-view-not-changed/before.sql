CREATE TABLE parcel (id bigint PRIMARY KEY, weight integer NOT NULL, note text);
INSERT INTO parcel VALUES (1, 5, 'fragile');
CREATE VIEW parcel_note AS SELECT id, note FROM parcel;
