CREATE TABLE parcel (id bigint PRIMARY KEY, weight integer NOT NULL, note text);
INSERT INTO parcel VALUES (1, 5, 'fragile'), (2, 7, NULL);
CREATE VIEW parcel_info AS SELECT id, weight, note FROM parcel;
CREATE VIEW heavy_parcel AS SELECT id FROM parcel_info WHERE weight > 6;
