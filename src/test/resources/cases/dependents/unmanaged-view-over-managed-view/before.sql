CREATE TABLE reading (id bigint PRIMARY KEY, value integer NOT NULL);
INSERT INTO reading VALUES (1, 10), (2, 200);
CREATE VIEW reading_value AS SELECT id, value FROM reading;
-- Not in the YAML, and it reads the managed view that must be dropped and created again.
CREATE VIEW reading_report AS SELECT count(*) AS n FROM reading_value;
