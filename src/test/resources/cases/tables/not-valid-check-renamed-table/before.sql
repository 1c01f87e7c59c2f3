CREATE TABLE line (id bigint PRIMARY KEY, qty integer NOT NULL);
INSERT INTO line SELECT i, i - 3 FROM generate_series(1, 20) AS i;
