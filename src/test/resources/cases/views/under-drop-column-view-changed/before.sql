CREATE TABLE parcel (id bigint PRIMARY KEY, weight integer NOT NULL, note text, zone text);
INSERT INTO parcel VALUES (1, 5, 'fragile', 'a'), (2, 50, NULL, 'b');
CREATE VIEW parcel_card AS SELECT id, weight, note FROM parcel;
CREATE VIEW zone_a AS SELECT id, weight FROM parcel WHERE zone = 'a';
