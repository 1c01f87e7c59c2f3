CREATE TABLE reading (id bigint PRIMARY KEY, value integer NOT NULL);
INSERT INTO reading VALUES (1, 10), (2, 200);
CREATE VIEW reading_value AS SELECT id, value FROM reading;
