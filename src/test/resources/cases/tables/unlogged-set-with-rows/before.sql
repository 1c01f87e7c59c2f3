CREATE TABLE session_cache (id bigint PRIMARY KEY, data jsonb NOT NULL);
INSERT INTO session_cache SELECT i, jsonb_build_object('n', i) FROM generate_series(1, 1000) AS i;
ANALYZE session_cache;
