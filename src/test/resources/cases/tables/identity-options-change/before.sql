CREATE TABLE ticket (id bigint GENERATED ALWAYS AS IDENTITY (CACHE 50) PRIMARY KEY, title text);
INSERT INTO ticket (title) SELECT 't' || i FROM generate_series(1, 30) AS i;
