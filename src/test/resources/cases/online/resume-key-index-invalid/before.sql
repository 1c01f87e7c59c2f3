-- An interrupted CREATE UNIQUE INDEX CONCURRENTLY leaves the index INVALID. Made here as that state is: built, then
-- marked not valid (pg_index.indisvalid), which an interrupted build leaves.
CREATE TABLE setting (key text NOT NULL, value text);
INSERT INTO setting SELECT 'k' || i, 'v' || i FROM generate_series(1, 100) AS i;
CREATE UNIQUE INDEX setting_pkey ON setting USING btree (key);
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'setting_pkey'::regclass;
