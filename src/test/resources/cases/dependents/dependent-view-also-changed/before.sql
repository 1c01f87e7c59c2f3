CREATE TABLE reading (id bigint PRIMARY KEY, sensor text NOT NULL, value integer NOT NULL);
INSERT INTO reading VALUES (1, 'a', 10), (2, 'b', 200);
CREATE VIEW high_reading AS SELECT id, sensor FROM reading WHERE value > 100;
