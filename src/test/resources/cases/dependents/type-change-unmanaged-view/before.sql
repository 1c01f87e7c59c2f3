CREATE TABLE reading (id bigint PRIMARY KEY, value integer NOT NULL);
INSERT INTO reading VALUES (1, 10), (2, 200);
CREATE VIEW high_reading AS SELECT id FROM reading WHERE value > 100;
