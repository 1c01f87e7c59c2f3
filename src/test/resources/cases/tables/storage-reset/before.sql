CREATE TABLE log (id bigint PRIMARY KEY, line text) WITH (fillfactor = 50, autovacuum_enabled = off, toast.autovacuum_enabled = off);
CREATE INDEX log_line_idx ON log (line) WITH (fillfactor = 60);
INSERT INTO log SELECT i, 'line ' || i FROM generate_series(1, 100) AS i;
