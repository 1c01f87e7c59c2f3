CREATE TABLE reading (id bigint PRIMARY KEY, value integer NOT NULL);
INSERT INTO reading VALUES (1, 10), (2, 200);
CREATE VIEW reports.reading_total AS SELECT sum(value) AS total FROM public.reading;
