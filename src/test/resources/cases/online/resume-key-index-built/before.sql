-- Stopped after CREATE UNIQUE INDEX CONCURRENTLY, before ADD CONSTRAINT ... USING INDEX: the index is there, valid,
-- under the constraint's name.
CREATE TABLE setting (key text NOT NULL, value text);
INSERT INTO setting SELECT 'k' || i, 'v' || i FROM generate_series(1, 100) AS i;
CREATE UNIQUE INDEX setting_pkey ON setting USING btree (key);
