CREATE TABLE document (id bigint PRIMARY KEY, body text COMPRESSION pglz, meta jsonb);
INSERT INTO document SELECT i, repeat('lorem ipsum ', 500), '{}' FROM generate_series(1, 50) AS i;
