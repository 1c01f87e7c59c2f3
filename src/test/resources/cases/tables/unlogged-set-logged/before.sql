CREATE UNLOGGED TABLE staging (id bigint PRIMARY KEY, payload text);
INSERT INTO staging SELECT i, repeat('x', 100) FROM generate_series(1, 2000) AS i;
ANALYZE staging;
