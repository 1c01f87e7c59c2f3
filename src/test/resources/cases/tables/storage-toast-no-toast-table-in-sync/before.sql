CREATE TABLE counter (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, hits integer NOT NULL DEFAULT 0)
    WITH (fillfactor = 80);
INSERT INTO counter (hits) SELECT i FROM generate_series(1, 50) AS i;
